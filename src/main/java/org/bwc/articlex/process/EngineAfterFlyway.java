package org.bwc.articlex.process;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built after Flyway has migrated, Camunda's own tables included ({@link CamundaSchemaMigration}):
 * Spring Boot orders the beans this detector names after every database initializer. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineConfigurationImpl.class, ProcessEngine.class);
    }
}
