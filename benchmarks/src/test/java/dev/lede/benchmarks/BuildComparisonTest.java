package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildComparisonTest {

    @Test
    void theRatioIsTheMedianOfTheLastBuildsPassOverTheFirstsInTheSameRound() {
        List<List<Long>> times = List.of(List.of(100L, 200L, 300L, 400L, 500L), List.of(1L, 2L, 3L, 4L, 5L),
                List.of(110L, 180L, 330L, 480L, 450L));

        assertThat(BuildComparison.pairedRatio(times)).isCloseTo(1.1, within(1e-9));
    }

    @Test
    void eachBuildImportsEveryPageEachRoundAndAPageItRefusesDoesNotStopTheRun() throws Exception {
        String article = "<html><head><title>T</title></head><body><article><h1>T</h1><p>"
                + "This sentence is long enough to count as the prose of an article. ".repeat(5)
                + "</p></article></body></html>";
        ClassLoader thisBuild = getClass().getClassLoader();
        BuildComparison comparison = new BuildComparison(List.of(article, "<html></html>"),
                List.of(thisBuild, thisBuild));

        List<List<Long>> times = comparison.run(6);

        // The first third of the rounds warms up and is not counted.
        assertThat(times).hasSize(2).allSatisfy(build -> assertThat(build).hasSize(4)
                .allSatisfy(millis -> assertThat(millis).isNotNegative()));
    }
}
