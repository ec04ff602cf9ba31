package dev.corstck.tck.engine.descriptor;

import dev.corstck.tck.engine.execution.SectionResult;
import java.net.URI;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.UriSource;

/**
 * A rule group, named after its Fetch section ({@code 4.10 CORS check}), with a {@link UriSource} on the section's
 * anchor so an IDE links straight to the spec. Registers its rules when it runs.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SpecSectionDescriptor extends DynamicContainerDescriptor {

    private final SectionResult section;
    private final String className;

    SpecSectionDescriptor(UniqueId classId, SectionResult section, Selection selection, String className) {
        super(classId.append(Segments.SECTION, section.prefix()), section.title(),
                UriSource.from(URI.create(section.specUrl())), selection);
        this.section = section;
        this.className = className;
    }

    @Override
    List<RuleDescriptor> children() {
        return section.rules().stream().map(r -> new RuleDescriptor(getUniqueId(), r, selection(), className))
                .toList();
    }
}
