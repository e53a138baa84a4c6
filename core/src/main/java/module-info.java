/**
 * The article model ({@code dev.lede}), its validator ({@code dev.lede.validation}) and the structural diff of
 * two articles ({@code dev.lede.diff}). The
 * {@code internal} packages are shared with Lede's own modules only.
 */
module dev.lede {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.lede;
    exports dev.lede.validation;
    exports dev.lede.diff;
    exports dev.lede.internal to dev.lede.json, dev.lede.html, dev.lede.markdown, dev.lede.testing;
    exports dev.lede.validation.internal to dev.lede.json, dev.lede.markdown;

    // Hibernate Validator reads the model's records and makes the rules' validators by reflection.
    opens dev.lede to org.hibernate.validator;
    opens dev.lede.validation.internal to org.hibernate.validator;
}
