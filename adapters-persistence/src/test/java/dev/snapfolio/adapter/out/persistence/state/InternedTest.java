package dev.snapfolio.adapter.out.persistence.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import org.junit.jupiter.api.Test;

class InternedTest {
    @Test
    void rowsNamingTheSameCodeShareOneValueEqualToTheDomainsOwn() {
        Currency first = Interned.currency(new String("USD"));
        Ticker ticker = Interned.ticker(new String("AAPL"));

        assertThat(Interned.currency(new String("USD"))).isSameAs(first).isEqualTo(Currency.of("USD"));
        assertThat(Interned.ticker(new String("AAPL"))).isSameAs(ticker).isEqualTo(Ticker.of("AAPL"));
        assertThat(Interned.currency("EUR")).isNotEqualTo(first);
    }

    @Test
    void aCodeTheDomainRefusesIsRefusedAlikeAndNotRemembered() {
        Throwable domain = catchThrowable(() -> Currency.of("us dollar"));

        assertThat(domain).isNotNull();
        assertThatThrownBy(() -> Interned.currency("us dollar")).isInstanceOf(domain.getClass());
        assertThatThrownBy(() -> Interned.currency("us dollar")).isInstanceOf(domain.getClass());
    }
}
