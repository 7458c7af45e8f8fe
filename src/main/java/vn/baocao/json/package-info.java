/**
 * The JSON forms other tools read (DESIGN §2): answers, chat turns, conferences and speakers, written one
 * way for the command line and the HTTP API.
 */
package vn.baocao.json;
