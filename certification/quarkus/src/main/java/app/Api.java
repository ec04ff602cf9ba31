package app;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/data and /api/items for every method (any request body is accepted and ignored), and /health. */
@Path("/")
public class Api {

    @GET @Path("api/data") public Response getData() { return ok(); }
    @POST @Path("api/data") public Response postData(String body) { return ok(); }
    @PUT @Path("api/data") public Response putData(String body) { return ok(); }
    @DELETE @Path("api/data") public Response deleteData() { return ok(); }

    @GET @Path("api/items") public Response getItems() { return ok(); }
    @POST @Path("api/items") public Response postItems(String body) { return ok(); }
    @PUT @Path("api/items") public Response putItems(String body) { return ok(); }
    @DELETE @Path("api/items") public Response deleteItems() { return ok(); }

    @GET @Path("health") public Response health() { return Response.ok("ok", MediaType.TEXT_PLAIN).build(); }

    private static Response ok() {
        return Response.ok("{\"ok\":true}", MediaType.APPLICATION_JSON).header("X-Total-Count", "2").build();
    }
}
