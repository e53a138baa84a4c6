package dev.lede;

/** A thematic break between blocks ({@code <hr>}). All dividers are equal. Immutable and thread-safe. */
public record Divider() implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDivider(this);
    }
}
