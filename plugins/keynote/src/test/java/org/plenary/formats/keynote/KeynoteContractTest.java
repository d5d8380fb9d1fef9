package org.plenary.formats.keynote;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import org.plenary.spi.SessionFormat;
import org.plenary.testkit.contract.FormatContractTest;

class KeynoteContractTest extends FormatContractTest {

    @Override
    protected SessionFormat format(EntityManager em) {
        return new KeynoteFormat(new KeynoteMaterials(em));
    }

    @Override
    protected JsonObject sampleData() {
        return Json.createObjectBuilder().add("resources", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "SLIDES").add("title", "Slides")
                        .add("url", "https://files.example.org/keynote/slides.pdf"))
                .add(Json.createObjectBuilder().add("kind", "LINK").add("title", "Mobile Learning Week")
                        .add("url", "https://www.unesco.org/mlw"))).build();
    }
}
