package dev.snapfolio.adapter.in.cli.archviolation;

import io.javalin.Javalin;

/** Breaks a rule on purpose: the command line starting a web server of its own. */
public class CliClassServingHttp {
    public Javalin serve() {
        return Javalin.create();
    }
}
