package org.bwc.articlex.intake;

import java.util.Collection;
import java.util.Map;

/**
 * The blocks of a {@link RequestView} that later phases fill in: the screening and the follow-up a year on. Intake
 * owns these interfaces and the later packages implement them, so intake depends on neither (docs/development.md,
 * "Package rules"); each implementing package also tells the OpenAPI description which view stands behind the block.
 */
public final class RequestSections {

    private RequestSections() {
    }

    /** {@code RequestView.screening}: implemented by the screening package's view. */
    public interface Screening {
    }

    /** {@code RequestView.followUp}: implemented by the follow-up package's view. */
    public interface FollowUp {
    }

    /** Screening blocks for a page of requests at a time (none for a request not yet screened). */
    public interface ScreeningSource {
        Map<String, ? extends Screening> forRequests(Collection<String> requestIds);
    }

    /** The follow-up block of one request, or null before it is completed. */
    public interface FollowUpSource {
        FollowUp view(String requestId);
    }
}
