/**
 * What the chats keep across restarts — each chat's focus and last answer, and the usage counts — and the
 * bots' delivery journal, in embedded SQLite databases that several bot processes may share. JDBC only here.
 */
package vn.baocao.store;
