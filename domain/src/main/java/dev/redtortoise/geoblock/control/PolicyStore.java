package dev.redtortoise.geoblock.control;

import dev.redtortoise.geoblock.entity.GeoPolicy;
import dev.redtortoise.geoblock.entity.GeoRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Reads the policy row in a transaction of its own (the background tick has no request to lend it one). */
@ApplicationScoped
@Transactional
public class PolicyStore {

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public GeoRules rules() {
        return em.find(GeoPolicy.class, GeoPolicy.ID).rules();
    }
}
