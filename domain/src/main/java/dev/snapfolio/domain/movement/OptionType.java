package dev.snapfolio.domain.movement;

public enum OptionType { CALL, PUT }
