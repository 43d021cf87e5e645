package dev.snapfolio.application.port.in;

/** Why a run happens; each trigger has its own configured strategy. */
public enum Trigger { EDIT, IMPORT, RECOMPUTE, REFRESH }
