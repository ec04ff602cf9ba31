package dev.corstck.tck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.engine.BrowserEngine;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BrowserTests {

    @Test
    void annotationBrowsersNameExactlyTheGradingEngines() {
        // SettingsReader maps Browser to BrowserEngine by constant name: the two enums must hold the same names.
        assertThat(Arrays.stream(Browser.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(BrowserEngine.values()).map(Enum::name).toList());
    }

    @Test
    void defaultBrowsersAreChromiumOnly() throws NoSuchMethodException {
        Object value = CorsConformance.class.getMethod("browsers").getDefaultValue();
        assertThat((Browser[]) value).containsExactly(Browser.CHROMIUM);
    }
}
