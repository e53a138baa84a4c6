package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe and John Roe | Jane Doe;John Roe",
        "Von Anna Schmidt und Jonas Weber, dpa | Anna Schmidt;Jonas Weber;dpa",
        "Par Marie Curie et Pierre Curie | Marie Curie;Pierre Curie",
        "Por Ana García y Luis Pérez | Ana García;Luis Pérez",
        "A. Able, B. Baker & C. Carter | A. Able;B. Baker;C. Carter",
        "Jane Doe (Image: Getty Images) (jd) | Jane Doe",
        "Tom Hale, Senior Staff Writer tom.hale@paper.example | Tom Hale",
        "Sam Stein Senior Politics Editor | Sam Stein",
        "TMZ Staff | TMZ Staff",
        "ByTravis Haney | Travis Haney",
        "By, Duncan Bell | Duncan Bell",
        "Oli Coleman, View author archive, Get author RSS feed | Oli Coleman",
        "Anouk Perrin, Photographs by Luc Martin | Anouk Perrin",
        "Lena Vogt 48213 | Lena Vogt",
        "Howard Blume Dec. 16, 2016 | Howard Blume",
    })
    void readsThePeopleAByLineNames(String byline, String names) {
        assertThat(Authors.names(byline)).containsExactly(names.split(";"));
    }

    @Test
    void knowsNewsAgencies() {
        assertThat(Authors.isAgency("The Associated Press")).isTrue();
        assertThat(Authors.isAgency("dpa")).isTrue();
        assertThat(Authors.isAgency("Jane Doe")).isFalse();
    }

    @Test
    void aLongTextIsNoBylineAndCostsNothing() {
        String hostile = "a, (b ".repeat(100_000);
        long start = System.nanoTime();
        assertThat(Authors.names(hostile)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
