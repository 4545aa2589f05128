package org.bwc.articlex.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bwc.articlex.jdbc.BulkInsert;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;

/**
 * Writes offers, their eligible regions and match proposals in bulk on the caller's connection and transaction (the
 * historic-case generator, {@code demo}); rows are written on {@link #close()}, offers first. The offers registry's
 * tables are matching's.
 */
public final class MatchingBulkLoad {

    public static final List<String> TABLES = List.of("offer", "offer_region", "match_proposal");

    private static final int[] OFFER_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] PROPOSAL_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
        Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};

    private final BulkInsert offers;
    private final BulkInsert regions;
    private final BulkInsert proposals;

    public MatchingBulkLoad(Connection connection) {
        offers = new BulkInsert(connection, "offer", """
                id, offering_party, title, description, category, languages, capacity, remaining_capacity,
                funding_included, valid_until, status, submitted_by, created_at, updated_at""", OFFER_TYPES);
        regions = new BulkInsert(connection, "offer_region", "offer_id, region", new int[] {Types.VARCHAR, Types.VARCHAR});
        proposals = new BulkInsert(connection, "match_proposal", """
                request_id, offer_id, score, status, proposed_by, proposed_at, responded_by, responded_at, note""",
                PROPOSAL_TYPES);
    }

    public void offer(String id, String party, String title, String description, AssistanceCategory category,
            String languages, int capacity, int remainingCapacity, boolean fundingIncluded, LocalDate validUntil,
            OfferStatus status, String submittedBy, Instant createdAt) throws SQLException {
        offers.add(id, party, title, description, category.name(), languages, capacity, remainingCapacity,
                fundingIncluded, validUntil, status.name(), submittedBy, utc(createdAt), utc(createdAt));
    }

    public void offerRegion(String offerId, Region region) throws SQLException {
        regions.add(offerId, region.name());
    }

    /** @param status e.g. ACCEPTED, DECLINED, LAPSED; {@code respondedAt} null while open */
    public void proposal(String requestId, String offerId, int score, String status, String proposedBy,
            Instant proposedAt, String respondedBy, Instant respondedAt, String note) throws SQLException {
        proposals.add(requestId, offerId, score, status, proposedBy, utc(proposedAt), respondedBy,
                respondedAt == null ? null : utc(respondedAt), note);
    }

    public void close() throws SQLException {
        offers.close();
        regions.close();
        proposals.close();
    }

    public long written() {
        return offers.written() + regions.written() + proposals.written();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
