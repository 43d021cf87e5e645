package dev.snapfolio.adapter.out.persistence.archviolation;

import dev.snapfolio.importer.MovementFileImporter;
import org.apache.commons.csv.CSVFormat;

/**
 * Breaks two rules on purpose (architecture test only): a driven adapter uses the importer, and
 * the CSV library outside the importer.
 */
public class PersistenceClassReadingCsvFiles {
    public MovementFileImporter importer() {
        return MovementFileImporter.forSource("generic");
    }

    public String format() {
        return CSVFormat.DEFAULT.toString();
    }
}
