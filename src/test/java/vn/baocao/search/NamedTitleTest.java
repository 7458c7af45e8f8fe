package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Person;

class NamedTitleTest {
    @ParameterizedTest(name = "{0} {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            đại sứ     | viet nam tai lao       | Đại sứ Việt Nam tại Campuchia        | false
            đại sứ     | viet nam tai campuchia | Đại sứ Việt Nam tại Campuchia        | true
            đại sứ     | ''                     | Đại sứ Việt Nam tại Campuchia        | true
            bộ trưởng  | bo cong an             | Bộ trưởng Bộ Ngoại giao              | false
            phó chủ tịch | uy ban nhan dan tinh cao bang | Phó Chủ tịch UBND tỉnh        | true
            đại sứ     | viet nam tai o xtray li a | Đại sứ Việt Nam tại Ô-xtrây-li-a  | true
            đại sứ     | viet nam tai o xtray li a | Đại sứ Việt Nam tại Niu Di-lân    | false
            phó chủ tịch | ubnd tinh ha giang     | Phó Chủ tịch UBND tỉnh               | false
            """)
    void aTitleFitsItsHoldersAndWherePostedTellsThemApart(String title, String qualifier, String role, boolean fits) {
        Person holder = new Person("Nguyễn Thanh Bình", role);
        assertThat(new NamedTitle(title, qualifier, title + " " + qualifier, false).fits(holder)).isEqualTo(fits);
    }
}
