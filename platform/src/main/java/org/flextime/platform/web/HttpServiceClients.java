package org.flextime.platform.web;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.flextime.platform.security.ServiceTokens;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.json.JsonMapper;

/** Clients of another service's public API: an {@code @HttpExchange} interface over a {@link RestClient} with timeouts. */
public final class HttpServiceClients {

    private HttpServiceClients() {
    }

    /**
     * A client of {@code api} at {@code baseUrl}: connecting may take {@code connectTimeout}, an answer {@code readTimeout};
     * bodies are read with the service's own {@code json} settings; every call carries this service's own token.
     */
    public static <T> T create(Class<T> api, String baseUrl, Duration connectTimeout, Duration readTimeout, JsonMapper json,
                               ServiceTokens tokens) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        RestClient rest = RestClient.builder().baseUrl(baseUrl).requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(tokens.current());
                    return execution.execute(request, body);
                })
                // JSON bodies with the service's settings; text ones (RobinX XML) as strings
                .configureMessageConverters(converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(json))
                        .withStringConverter(new StringHttpMessageConverter(StandardCharsets.UTF_8)))
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build().createClient(api);
    }
}
