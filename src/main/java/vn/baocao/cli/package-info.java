/** Command-line entry point and subcommands; builds the object graph by hand. */
package vn.baocao.cli;
