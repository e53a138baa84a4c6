package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class RemovalsTest {

    @Test
    void removesTheElementsAndKeepsTheRestInOrderWhetherFewOrMany() {
        StringBuilder html = new StringBuilder("<div id=few><i>a</i><b>x</b><i>b</i></div><div id=many>");
        for (int i = 0; i < 100; i++) {
            html.append("<b>x</b>text ").append(i).append("<i>").append(i).append("</i>");
        }
        Document page = Jsoup.parse(html.append("</div><p>after</p>").toString());
        List<Element> gone = new ArrayList<>(page.select("b"));
        gone.add(page.selectFirst("p"));
        gone.add(new Element("orphan"));

        Removals.removeAll(gone);

        assertThat(page.select("b, p")).isEmpty();
        assertThat(page.selectFirst("#few").html()).isEqualTo("<i>a</i><i>b</i>");
        Element many = page.selectFirst("#many");
        assertThat(many.childNodeSize()).isEqualTo(200);
        assertThat(many.text()).startsWith("text 00text 11").endsWith("text 9999");
        assertThat(many.child(99).siblingIndex()).isEqualTo(199);
        assertThat(many.child(99).parent()).isSameAs(many);
    }

    @Test
    void detachingChildrenLeavesTheParentEmptyAndTheChildrenFreeToMoveInOrder() {
        Document page = Jsoup.parse("<div id=from>one<b>two</b><!-- three --><i>four</i></div><div id=to>zero</div>");
        page.outputSettings().prettyPrint(false);
        Element from = page.selectFirst("#from");
        Element to = page.selectFirst("#to");

        List<Node> children = Removals.detachChildren(from);
        to.appendChildren(children);

        assertThat(from.childNodeSize()).isZero();
        assertThat(children).allSatisfy(child -> assertThat(child.parent()).isSameAs(to));
        assertThat(to.html()).isEqualTo("zeroone<b>two</b><!-- three --><i>four</i>");
        assertThat(to.child(1).siblingIndex()).isEqualTo(4);
    }
}
