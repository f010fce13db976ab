import { openDatabase } from '../../src/store/open-database.js';
import { SqliteExamStore } from '../../src/store/sqlite-exam-store.js';
import { SqliteQuizStore } from '../../src/store/sqlite-quiz-store.js';
import { SqliteRequestKeys } from '../../src/store/sqlite-request-keys.js';
import { SqliteSettingsStore } from '../../src/store/sqlite-settings-store.js';
import { SqliteScheduleStore } from '../../src/store/sqlite-schedule-store.js';
import { describeStoreConformance } from './conformance.js';

/** The store conformance suite on SQLite: a fresh :memory: database for every test. */
describeStoreConformance({
  name: 'SQLite',
  async open() {
    const db = openDatabase(':memory:');
    return {
      quiz: new SqliteQuizStore(db), schedules: new SqliteScheduleStore(db), exams: new SqliteExamStore(db),
      requests: new SqliteRequestKeys(db), settings: new SqliteSettingsStore(db), close: async () => { db.close(); },
    };
  },
  propertyRuns: 200,
});
