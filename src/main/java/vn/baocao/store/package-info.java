/**
 * What the chats keep across restarts — each chat's focus and last answer, and the usage counts — in an
 * embedded SQLite database that several bot processes may share. JDBC only here.
 */
package vn.baocao.store;
