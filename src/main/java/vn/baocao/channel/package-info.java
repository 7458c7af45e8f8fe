/** What every chat channel shares: pacing, message splitting, per-chat lanes, access control, verified webhooks. */
package vn.baocao.channel;
