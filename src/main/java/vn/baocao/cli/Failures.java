package vn.baocao.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure while running a command into one line on stderr and exit code 1. The stack trace
 * is shown only with BAOCAO_DEBUG=1: users need the reason, developers the trace.
 */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        cl.getErr().println("baocao: " + describe(e));
        if ("1".equals(System.getenv("BAOCAO_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        return 1;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
