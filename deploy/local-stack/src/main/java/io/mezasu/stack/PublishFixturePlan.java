package io.mezasu.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Publishes the Minato FY2019 plan through plan-service's own API when it is not published yet, so a
 * fresh {@code ./mezasu run} shows real data and a second run changes nothing. Writes as a plan-editor, with a
 * token from the stack's own key pair (subject {@value #SUBJECT}, recorded as the publisher).
 */
public final class PublishFixturePlan implements PostStartStep {

    static final String KEY = "minato-fy2019";
    static final String FIXTURE = "plan-service/src/main/resources/plans/minato-fy2019.json";
    static final String SUBJECT = "mezasu-launcher";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void run(LocalStack stack) throws Exception {
        String api = stack.service("plan-service").baseUrl() + "/api/v1/plans/" + KEY;
        if (send(HttpRequest.newBuilder(URI.create(api)).GET()).statusCode() == 200) {
            System.out.println("  plan " + KEY + " is already published");
            return;
        }
        Path fixture = stack.settings().root().resolve(FIXTURE);
        String bearer = "Bearer " + stack.tokens().mint(TokenMinter.Token.of(SUBJECT, TokenMinter.PLAN_EDITOR));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(api.replace("/" + KEY, "")))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(fixture))));
        // 409: a draft survived an interrupted earlier run; publishing it is what that run meant to do.
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("creating the draft of " + KEY + " failed: " + created.body());
        }
        HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(api + "/publish"))
                .header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (published.statusCode() != 201) {
            throw new IllegalStateException("publishing " + KEY + " failed: " + published.body());
        }
        System.out.println("  published plan " + KEY + " → " + published.headers().firstValue("Location").orElse(""));
    }

    /**
     * Waits until measurement-service knows the plan: it learns it from PlanPublished, through Kafka, and refuses
     * measurements for it until then.
     */
    public void awaitCatalog(LocalStack stack, Duration timeout) throws Exception {
        URI catalog = URI.create(stack.service("measurement-service").baseUrl() + "/api/v1/catalog/plans/" + KEY);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (send(HttpRequest.newBuilder(catalog).GET()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("measurement-service did not learn plan " + KEY + " within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public String name() {
        return "publish the Minato FY2019 plan";
    }
}
