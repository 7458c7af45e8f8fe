/** The Zalo channel: a bot over Zalo's Bot API (long polling or a verified webhook) in front of the ChatService. */
package vn.baocao.channel.zalo;
