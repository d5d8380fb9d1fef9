package org.plenary.formats.panel;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import org.plenary.spi.SessionFormat;
import org.plenary.testkit.contract.ContractPeople;
import org.plenary.testkit.contract.FormatContractTest;

class PanelContractTest extends FormatContractTest {

    @Override
    protected SessionFormat format(EntityManager em) {
        return new PanelFormat(new Panels(em, ContractPeople.SAMPLE), ContractPeople.SAMPLE);
    }

    @Override
    protected JsonObject sampleData() {
        return Json.createObjectBuilder().add("kind", "HIGH_LEVEL").add("moderator", "amina")
                .add("panellists", Json.createArrayBuilder().add("bruno")
                        .add(Json.createObjectBuilder().add("person", "chen").add("role", "For the Asia-Pacific region"))
                        .add("dara"))
                .build();
    }
}
