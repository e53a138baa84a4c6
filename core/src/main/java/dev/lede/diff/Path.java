package dev.lede.diff;

/**
 * Where a part sits in the article, written as {@link dev.lede.validation.Violation#path()} writes it
 * ({@code sections[2].subsections[0].heading}). A linked list from the part up to the article, so that a step
 * down costs one small object and the string is built only for a part that differs.
 */
final class Path {
    static final Path ROOT = new Path(null, null, -1);

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    Path field(String name) {
        return new Path(this, name, -1);
    }

    Path index(int index) {
        return new Path(this, null, index);
    }

    @Override
    public String toString() {
        int depth = 0;
        for (Path p = this; p.parent != null; p = p.parent) {
            depth++;
        }
        Path[] steps = new Path[depth];
        for (Path p = this; p.parent != null; p = p.parent) {
            steps[--depth] = p;
        }
        StringBuilder out = new StringBuilder();
        for (Path step : steps) {
            if (step.name == null) {
                out.append('[').append(step.index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step.name);
            }
        }
        return out.toString();
    }
}
