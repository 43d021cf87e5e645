package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.domain.movement.Movement;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

public class MovementQueryService implements MovementQueries {
    private final AccountRepository accounts;
    private final MovementRepository movements;

    @Inject
    public MovementQueryService(AccountRepository accounts, MovementRepository movements) {
        this.accounts = accounts;
        this.movements = movements;
    }

    @Override
    public List<Movement> list(long accountId, LocalDate from, LocalDate to) {
        ServiceSupport.requireAccount(accounts, accountId);
        List<Movement> found = from == null ? movements.findByAccount(accountId) : movements.findFrom(accountId, from);
        return found.stream()
                .filter(m -> to == null || !m.businessDate().isAfter(to))
                .filter(m -> from == null || !m.businessDate().isBefore(from))
                .sorted(Movement.APPLY_ORDER)
                .toList();
    }
}
