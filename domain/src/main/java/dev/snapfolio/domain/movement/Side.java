package dev.snapfolio.domain.movement;

public enum Side { BUY, SELL }
