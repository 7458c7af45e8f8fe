/**
 * {@code baocao serve}: the HTTP API (the {@code chat --json} answers, conferences, speakers, passages,
 * summaries, health, metrics, admin) and the web chat page, a thin adapter over {@code ChatService}.
 */
package vn.baocao.channel.http;
