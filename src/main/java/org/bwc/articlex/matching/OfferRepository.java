package org.bwc.articlex.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code offer} and {@code offer_region} tables. */
@Repository
public class OfferRepository {

    private static final String SELECT = """
            SELECT o.id, o.offering_party, o.title, o.description, o.category, o.languages, o.capacity,
                   o.remaining_capacity, o.funding_included, o.valid_until, o.status, o.created_at, o.updated_at
            FROM offer o""";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OfferView offer, String submittedBy) {
        jdbc.sql("""
                INSERT INTO offer (id, offering_party, title, description, category, languages, capacity,
                    remaining_capacity, funding_included, valid_until, status, submitted_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(offer.id(), offer.offeringParty(), offer.title(), offer.description(), offer.category().name(),
                        String.join(",", offer.languages()), offer.capacity(), offer.remainingCapacity(),
                        offer.fundingIncluded(), offer.validUntil(), offer.status().name(), submittedBy,
                        utc(offer.createdAt()), utc(offer.updatedAt()))
                .update();
        for (Region region : offer.eligibleRegions()) {
            jdbc.sql("INSERT INTO offer_region (offer_id, region) VALUES (?, ?)").params(offer.id(), region.name()).update();
        }
    }

    public Optional<OfferView> find(String id) {
        return list(" WHERE o.id = ?", List.of(id)).stream().findFirst();
    }

    /** Whether {@code party} has ever registered an offer: a registered provider (funding.Donors). */
    public boolean hasRegistered(String party) {
        return jdbc.sql("SELECT COUNT(*) FROM offer WHERE offering_party = ?").param(party).query(Long.class).single() > 0;
    }

    List<OfferView> all(OfferStatus status, AssistanceCategory category, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.append(" AND o.status = ?");
            params.add(status.name());
        }
        if (category != null) {
            where.append(" AND o.category = ?");
            params.add(category.name());
        }
        where.append(" ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?");
        params.add(size);
        params.add((long) page * size);
        return list(where.toString(), params);
    }

    /** Every offer of one offering party, newest first (its "My cases" page). */
    List<OfferView> ofParty(String party, int limit) {
        return list(" WHERE o.offering_party = ? ORDER BY o.created_at DESC, o.id DESC LIMIT ?", List.of(party, limit));
    }

    /** Published offers that could serve a need in this category and region: the candidates for ranking. */
    List<OfferView> publishedFor(AssistanceCategory category, Region region, LocalDate today) {
        return list("""
                 WHERE o.status = 'PUBLISHED' AND o.category = ? AND o.remaining_capacity > 0 AND o.valid_until >= ?
                   AND EXISTS (SELECT 1 FROM offer_region r WHERE r.offer_id = o.id AND r.region = ?)""",
                List.of(category.name(), today, region.name()));
    }

    void setStatus(String id, OfferStatus status, Instant at) {
        jdbc.sql("UPDATE offer SET status = ?, updated_at = ? WHERE id = ?").params(status.name(), utc(at), id).update();
    }

    /**
     * Takes one unit of capacity if any is left. A single conditional update: when two acceptances race for the
     * last unit, the database lets exactly one of them through.
     */
    boolean consumeCapacity(String id, Instant at) {
        return jdbc.sql("""
                UPDATE offer SET remaining_capacity = remaining_capacity - 1, updated_at = ?
                WHERE id = ? AND status = 'PUBLISHED' AND remaining_capacity > 0""")
                .params(utc(at), id).update() == 1;
    }

    private List<OfferView> list(String where, List<Object> params) {
        List<OfferView> offers = jdbc.sql(SELECT + " " + where).params(params).query(OfferRepository::offer).list();
        if (offers.isEmpty()) {
            return offers;
        }
        Map<String, List<Region>> regions = new LinkedHashMap<>();
        jdbc.sql("SELECT offer_id, region FROM offer_region WHERE offer_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(offers.size(), "?")) + ") ORDER BY region")
                .params(offers.stream().map(OfferView::id).map(Object.class::cast).toList())
                .query(rs -> {
                    regions.computeIfAbsent(rs.getString("offer_id"), k -> new ArrayList<>()).add(Region.valueOf(rs.getString("region")));
                });
        return offers.stream().map(o -> new OfferView(o.id(), o.offeringParty(), o.title(), o.category(),
                regions.getOrDefault(o.id(), List.of()), o.languages(), o.capacity(), o.remainingCapacity(),
                o.fundingIncluded(), o.validUntil(), o.description(), o.status(), o.createdAt(), o.updatedAt())).toList();
    }

    private static OfferView offer(ResultSet rs, int n) throws SQLException {
        return new OfferView(rs.getString("id"), rs.getString("offering_party"), rs.getString("title"),
                AssistanceCategory.valueOf(rs.getString("category")), List.of(),
                Arrays.asList(rs.getString("languages").split(",")), rs.getInt("capacity"), rs.getInt("remaining_capacity"),
                rs.getBoolean("funding_included"), rs.getObject("valid_until", LocalDate.class), rs.getString("description"),
                OfferStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
