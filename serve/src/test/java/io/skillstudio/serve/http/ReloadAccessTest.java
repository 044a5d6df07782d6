package io.skillstudio.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillstudio.serve.testsupport.Http;
import io.skillstudio.serve.testsupport.SampleSkill;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /admin/reload} is refused from a non-loopback address, and scoring is not. */
class ReloadAccessTest {

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void reloadFromANonLoopbackAddressIs403() throws Exception {
        Optional<InetAddress> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "needs a non-loopback IPv4 interface");
        ServerConfig config = new ServerConfig(
                "0.0.0.0",
                0,
                1,
                4,
                ServerConfig.DEFAULT_MAX_BODY,
                SampleSkill.config().policy(),
                List.of());
        try (RewardServer server = SampleSkill.start(config)) {
            String base = "http://" + address.get().getHostAddress() + ":" + server.port();
            Http.Reply refused = Http.post(base + "/admin/reload", "");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).contains("loopback interface only");
            assertThat(Http.post(base + "/get_reward", "{\"query\": [], \"prompts\": []}")
                            .status())
                    .isEqualTo(200);
            assertThat(Http.post("http://127.0.0.1:" + server.port() + "/admin/reload", "")
                            .status())
                    .isEqualTo(200);
        }
    }
}
