/** The console channel: a line-oriented chat on standard input and output. */
package vn.baocao.channel.console;
