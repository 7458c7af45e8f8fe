package vn.baocao.answer;

import vn.baocao.report.Require;

/**
 * The request for the next page of a long answer, kept by the conversation so that "xem thêm" asks for
 * it: the request as the composer read it, and the page number.
 *
 * @param request what was asked (a summary request), as the composer that paged it reads it
 * @param page    the page to show next, from 2
 */
public record NextPage(String request, int page) {
    public NextPage {
        Require.notBlank(request, "request");
        Require.that(page >= 2, "a next page is page 2 or later, was " + page);
    }
}
