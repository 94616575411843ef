package kz.rudny.cabinet.domain.notifications.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeTest {

    @Test
    void aNoticeKeepsItsKeyArgumentsAndApplicationLink() {
        Notice n = Notice.about("notice.material.approved", "Бөлшектер", 7).linkingTo("/library/material.xhtml?id=7");
        assertEquals("notice.material.approved", n.key());
        assertEquals(List.of("Бөлшектер", "7"), n.args());
        assertEquals("/library/material.xhtml?id=7", n.link());
        assertNull(Notice.about("notice.welcome").link(), "a notice may lead nowhere but the inbox");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "javascript:alert(1)", "library/x.xhtml",
            "/\\evil.example", "/a b", "/a\nb", "/a\u202Eb", "", " /x", "/x\\y"})
    void aLinkThatIsNotAPathOfTheApplicationIsRefused(String link) {
        Notice n = Notice.about("notice.welcome");
        assertThrows(IllegalArgumentException.class, () -> n.linkingTo(link));
    }

    @Test
    void aTooLongLinkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Notice.about("notice.welcome")
                .linkingTo("/" + "a".repeat(Notice.MAX_LINK)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "Notice.welcome", "notice..x", "notice.x y", "notice.x'", "notice.{0}"})
    void aKeyThatIsNotAKeyIsRefused(String key) {
        assertThrows(IllegalArgumentException.class, () -> Notice.about(key));
    }

    @Test
    void longArgumentsAreCutAndTheSeparatorNeverSurvives() {
        Notice n = Notice.about("notice.welcome", "x".repeat(2000), "a\u001Fb", null);
        assertEquals(Notice.MAX_ARG, n.args().get(0).length());
        assertTrue(n.args().get(0).endsWith("…"));
        assertEquals("a b", n.args().get(1));
        assertEquals("", n.args().get(2));
    }
}
