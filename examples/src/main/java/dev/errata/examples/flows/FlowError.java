package dev.errata.examples.flows;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Retry;
import dev.errata.http.HttpError;

/**
 * The errors of a GraphQL API that runs deployed Flows of a project: the statuses of its error
 * reference, and the codes the API defines for itself on top of them.
 *
 * <p>The API answers in two ways. Failures in front of GraphQL, such as a missing API key, come
 * as plain HTTP statuses (400, 401, 403, 404, 429, 500). Failures GraphQL reports come in the
 * body, often with HTTP 200, as an {@code errors} array whose entries carry the code in {@code
 * extensions.code}:
 *
 * <pre>{@code
 * {"errors": [{"message": "Flow 'triage' has no deployed version",
 *              "extensions": {"code": "FLOW_NOT_DEPLOYED"}}]}
 * }</pre>
 *
 * <p>Requests authenticate with {@code Authorization: Bearer <API key>} and name their project
 * in the {@code x-project-id} header.
 *
 * <p>This catalog shows how to extend the HTTP catalog for a custom API:
 *
 * <ul>
 *   <li><b>Override a status.</b> Each row of the reference table is a code with the status and
 *       the wire code of the {@link HttpError} code it overrides ({@link #RESOURCE_NOT_FOUND} is
 *       404 {@code NOT_FOUND}) and the API's own meaning and advice. It refines that HTTP code
 *       by default, so {@code catch (NotFoundException e)} catches {@code
 *       ResourceNotFoundException}; and since it overrides the HTTP code, it stands for the
 *       status: a bare 404 from this API decodes to it. The constant names differ from the HTTP
 *       ones so that the exceptions do not share simple names.
 *   <li><b>Add codes.</b> The API's own codes refine those status codes and inherit their status:
 *       {@link #FLOW_NOT_DEPLOYED} refines {@link #FLOW_NOT_FOUND}, which refines {@link
 *       #RESOURCE_NOT_FOUND}, so one {@code catch} clause can be as broad or as narrow as the
 *       caller needs. A code that is one particular error of a status never stands for the
 *       status: a bare 404 stays a {@code ResourceNotFoundException}.
 *   <li><b>Override advice.</b> Every code says what it means and what to do for this API.
 *       Retry advice is inherited from the refined code, except where it is a decision worth
 *       stating: a failed Flow run ({@link #FLOW_RUN_FAILED}) is not retried, because a node that
 *       fails on its configuration or input fails again.
 * </ul>
 *
 * <p>No code or message pointer is declared: the decoder recognizes GraphQL's {@code
 * errors[].extensions.code} by itself. Documentation links point at each code's entry of the
 * API's error reference ({@code example.com} stands for the API's documentation host).
 *
 * <p>To use it, call the API through a client whose policy is in GraphQL mode, such as {@code
 * ErrataHttpClient.of(httpClient, ClientPolicy.builder(decoder).graphQl(true).build())}, which
 * throws these exceptions for error statuses and for GraphQL errors that come with HTTP 200. The
 * user guide, {@code docs/guide.md}, builds a shorter version of this catalog step by step.
 */
@ErrorCatalog(
    name = "Flows API",
    parent = HttpError.class,
    docsUrl = "https://flows.example.com/docs/errors#{code}")
public enum FlowError {

  @ErrorCode(
      status = 400,
      code = "BAD_REQUEST",
      description =
          "The API could not accept the request: the query is not valid GraphQL, the variables do "
              + "not match the schema, or the payload has the wrong shape.",
      remedy = {
        "Validate the query against the API's GraphQL schema, for example in a GraphQL client "
            + "that reads the schema.",
        "Check that every variable has the type the schema declares and that required variables "
            + "are set.",
        "Compare the payload with the input schema of the Flow's trigger node."
      })
  INVALID_REQUEST,

  @ErrorCode(
      refines = "INVALID_REQUEST",
      description =
          "The payload or the GraphQL variables do not fit the input schema of the Flow's trigger "
              + "node: a field has another name or another type than the schema expects.",
      remedy = {
        "Open the Flow in the Editor and read the schema of its trigger or input node.",
        "Rename and convert the fields of the payload until they match that schema exactly.",
        "Send the corrected request."
      })
  PAYLOAD_SCHEMA_MISMATCH,

  @ErrorCode(
      status = 401,
      code = "UNAUTHORIZED",
      description =
          "The API could not tell who is calling: the Authorization header is missing or does "
              + "not hold a bearer API key.",
      remedy = {
        "Send the header Authorization: Bearer <API key> with every request.",
        "Copy the key from Studio → Settings → API Keys rather than typing it."
      })
  UNAUTHENTICATED,

  @ErrorCode(
      refines = "UNAUTHENTICATED",
      title = "Invalid API Key",
      description =
          "The request sends a bearer API key, but the API does not know it, it was revoked, or "
              + "it is not active yet.",
      remedy = {
        "Compare the key with the one listed in Studio → Settings → API Keys, and check that it "
            + "is active.",
        "After creating a new key, redeploy the project if its setup requires that before the "
            + "key works.",
        "Send the request again with the working key."
      })
  INVALID_API_KEY,

  @ErrorCode(
      status = 403,
      code = "FORBIDDEN",
      description =
          "The API key is valid but may not act on this project or Flow.",
      remedy = {
        "Check that the key has access to the project that owns the Flow.",
        "Ask an owner of the project to grant the key's account access to it."
      })
  ACCESS_DENIED,

  @ErrorCode(
      refines = "ACCESS_DENIED",
      description =
          "The x-project-id header names a different project from the one that owns the Flow "
              + "the request addresses.",
      remedy = {
        "Read the project ID in the settings of the project that owns the Flow.",
        "Send that ID in the x-project-id header, together with a key that has access to that "
            + "project."
      })
  PROJECT_MISMATCH,

  @ErrorCode(
      status = 404,
      code = "NOT_FOUND",
      description =
          "The project, Flow or endpoint the request addresses does not exist at this URL.",
      remedy = {
        "Take the project URL (the endpoint) and the project ID from the project's settings.",
        "Take the workflow or Flow ID from the Flow's Connect or API panel.",
        "Check that the Flow is deployed."
      })
  RESOURCE_NOT_FOUND,

  @ErrorCode(
      refines = "RESOURCE_NOT_FOUND",
      description =
          "The project has no Flow with the workflow or Flow ID the request names.",
      remedy = {
        "Copy the ID from the Flow's Connect or API panel instead of reusing an older one.",
        "Check that the Flow was not deleted and belongs to the project in x-project-id."
      })
  FLOW_NOT_FOUND,

  @ErrorCode(
      refines = "FLOW_NOT_FOUND",
      description =
          "The Flow exists in the Editor but has no deployed version, so the API has nothing it "
              + "can run.",
      remedy = {
        "Deploy the Flow from the Editor.",
        "Call the API with the ID of the deployed Flow."
      })
  FLOW_NOT_DEPLOYED,

  /*
   * The request itself succeeded (the API usually answers 200 with this code in errors[]), so no
   * status of the reference table fits. 424 Failed Dependency says what happened: the API did
   * what it was asked, but an operation the result depends on, a node of the Flow, failed. As a
   * client error it also says where the fix lies: in the Flow's configuration or input, which is
   * why the run is not retried as it stands.
   */
  @ErrorCode(
      status = 424,
      retry = Retry.NO,
      description =
          "The API accepted the request and started the Flow, but the run stopped because one of "
              + "its nodes failed, for example a model call without valid credentials or an input "
              + "of the wrong shape.",
      remedy = {
        "Open Logs in Studio and find the run's trace and the node that failed.",
        "Check that node's configuration against its documentation, such as model credentials "
            + "and the shape of input it expects.",
        "Use the Feedback API or Reports if you collect the outcomes of runs.",
        "Run the Flow again once the node is fixed."
      })
  FLOW_RUN_FAILED,

  @ErrorCode(
      status = 429,
      code = "TOO_MANY_REQUESTS",
      description =
          "The API turned the request away because the caller went over one of its limits, such "
              + "as the request rate or the number of runs allowed in a period.",
      remedy = {
        "Look up the limits that apply in Limits & Quotas.",
        "Retry with exponential backoff, waiting at least as long as a Retry-After header asks.",
        "Ask for higher limits if regular traffic keeps reaching them."
      })
  LIMIT_EXCEEDED,

  @ErrorCode(
      refines = "LIMIT_EXCEEDED",
      description =
          "The caller sent more requests in a short period than its rate limit allows.",
      remedy = {
        "Retry with exponential backoff, waiting at least as long as a Retry-After header asks.",
        "Spread requests over time instead of sending them in bursts."
      })
  RATE_LIMITED,

  @ErrorCode(
      status = 500,
      code = "INTERNAL_SERVER_ERROR",
      description =
          "The API failed on its side while handling a request that may well be valid.",
      remedy = {
        "Retry the request after a short delay.",
        "If the failure persists, check Platform Status and contact support with the time of "
            + "the request."
      })
  INTERNAL_ERROR
}
