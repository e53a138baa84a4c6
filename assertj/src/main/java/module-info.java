/**
 * AssertJ assertions for articles: {@code LedeAssertions} and {@code LedeSoftAssertions} need only the core;
 * {@code LedeImportAssertions} and {@code LedeImportSoftAssertions} also need {@code dev.lede.html}, which is
 * optional here ({@code requires static}).
 */
module dev.lede.assertj {
    requires transitive dev.lede;
    requires transitive org.assertj.core;
    requires static transitive dev.lede.html;

    exports dev.lede.assertj;

    // AssertJ's soft assertions subclass the assert classes at run time (ByteBuddy), in this package.
    opens dev.lede.assertj to org.assertj.core;
}
