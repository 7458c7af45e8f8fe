/** Channel-independent conversation: commands, per-chat sessions and reply formatting. */
package vn.baocao.chat;
