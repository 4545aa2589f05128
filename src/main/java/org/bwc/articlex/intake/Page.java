package org.bwc.articlex.intake;

import java.util.List;
import java.util.function.Function;

/** A page of results: {@code content} plus where it sits in the whole. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }

    public <R> Page<R> map(Function<List<T>, List<R>> mapper) {
        return new Page<>(mapper.apply(content), page, size, totalElements);
    }
}
