package dev.snapfolio.domain.movement;

public enum OptionEventType { EXPIRED, ASSIGNED, EXERCISED }
