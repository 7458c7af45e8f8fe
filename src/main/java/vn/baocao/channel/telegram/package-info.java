/** The Telegram channel: a bot over TelegramBots (long polling or a verified webhook) in front of the ChatService. */
package vn.baocao.channel.telegram;
