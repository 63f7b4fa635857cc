import { describe, expectTypeOf, it } from "vitest";
import {
  ApiClient,
  type ApiError,
  type ArgumentError,
  type ConnectionError,
  type GenesysCloudError,
  type NotFoundError,
  type RequestAbortedError,
  type ResponseParseError,
  type TimeoutError,
  type ApiPromise,
  type ApiResponse,
  ChatApi,
  type ChatMessageEntityListing,
  type ChatMessageResponse,
  type ChatSendMessageResponse,
  type CreateRoomResponse,
  type GetChatsRoomMessagesOptions,
  type Models,
  type Room,
  type RoomRoomType,
  getChatsRoom,
} from "../../generated/chat-client/src/index.js";

const chat = new ChatApi(new ApiClient({ basePath: "http://127.0.0.1:1", accessToken: "token" }));

describe("ChatApi signatures follow the official SDK", () => {
  it("takes path parameters positionally, then opts, then per-request options", () => {
    expectTypeOf(chat.getChatsRoomMessages).parameters.toEqualTypeOf<
      [
        roomJid: string,
        opts?: GetChatsRoomMessagesOptions,
        options?: import("../../generated/chat-client/src/index.js").RequestOptions,
      ]
    >();
    expectTypeOf(chat.getChatsRoomMessages).returns.toEqualTypeOf<ApiPromise<ChatMessageEntityListing>>();
  });

  it("types the optional query parameters in opts", () => {
    expectTypeOf<GetChatsRoomMessagesOptions>().toEqualTypeOf<{
      limit?: string;
      before?: string;
      after?: string;
      excludeMetadata?: boolean;
      customHeaders?: Record<string, string>;
    }>();
    // @ts-expect-error excludeMetadata is a boolean
    void chat.getChatsRoomMessages("jid", { excludeMetadata: "yes" });
  });

  it("puts the body after the path parameters", () => {
    expectTypeOf(chat.postChatsRoomMessages("jid", { message: "hi" })).toEqualTypeOf<
      ApiPromise<ChatSendMessageResponse>
    >();
    expectTypeOf(chat.patchChatsRoomMessage).parameter(2).toMatchTypeOf<{ message: string }>();
  });

  it("resolves void for 204 operations and models otherwise", async () => {
    expectTypeOf(await chat.deleteChatsRoomMessage("jid", "id")).toEqualTypeOf<void>();
    expectTypeOf(await chat.getChatsRoom("jid")).toEqualTypeOf<Room>();
    expectTypeOf(await chat.postChatsRooms({ subject: "Launch" })).toEqualTypeOf<CreateRoomResponse>();
    expectTypeOf(await chat.getChatsRoom("jid").withHttpInfo()).toEqualTypeOf<ApiResponse<Room>>();
  });

  it("rejects wrong calls at compile time", () => {
    // @ts-expect-error roomJid is required
    void chat.getChatsRoom();
    // @ts-expect-error the message id is required too
    void chat.deleteChatsRoomMessage("jid");
    // @ts-expect-error the body is required
    void chat.postChatsRoomMessages("jid");
    // @ts-expect-error the body must be a SendMessageBody
    void chat.postChatsRoomMessages("jid", { text: "hi" });
    // @ts-expect-error path parameters are strings
    void chat.getChatsRoom(42);
  });

  it("offers each operation as a standalone function taking the client first", () => {
    expectTypeOf(getChatsRoom).parameter(0).toEqualTypeOf<ApiClient>();
    expectTypeOf(getChatsRoom).returns.toEqualTypeOf<ApiPromise<Room>>();
  });

  it("iterates message history item by item", () => {
    expectTypeOf(chat.iterateChatsRoomMessages("jid", { maxItems: 10 })).toEqualTypeOf<
      AsyncIterableIterator<ChatMessageResponse>
    >();
  });

  it("types enums as string-literal unions (open to values a server adds, in responses) and read-only properties as readonly", () => {
    expectTypeOf<RoomRoomType>().toEqualTypeOf<
      "adhoc" | "acd" | "group" | "oneOnOne" | "supervisorAssistance" | (string & {})
    >();
    const message = {} as ChatMessageResponse;
    expectTypeOf(message.id).toEqualTypeOf<string>();
    expectTypeOf(message.dateModified).toEqualTypeOf<string | undefined>();
    expectTypeOf(message.mentions).toEqualTypeOf<Record<string, string> | undefined>();
  });
});

describe("read-only properties", () => {
  it("cannot be assigned", () => {
    const room = {} as Room;
    // @ts-expect-error Room.id is read-only in the spec
    room.id = "x";
  });
});

describe("required model properties", () => {
  it("must be given", () => {
    // @ts-expect-error CreateRoomRequest.subject is required
    void chat.postChatsRooms({ description: "no subject" });
  });
});

describe("migration from the official SDK", () => {
  it("keeps its type names and the default client", () => {
    const opts: ChatApi.getChatsRoomMessagesOptions = { limit: "10", excludeMetadata: true };
    const room: Models.Room = { name: "Launch" };
    expectTypeOf(opts).toEqualTypeOf<GetChatsRoomMessagesOptions>();
    expectTypeOf(room).toEqualTypeOf<Room>();
    expectTypeOf(new ChatApi().client).toEqualTypeOf<ApiClient>();
    expectTypeOf(ApiClient.instance).toEqualTypeOf<ApiClient>();
  });
});

describe("one error family", () => {
  it("puts every error class under GenesysCloudError, with the shared fields typed once", () => {
    expectTypeOf<ApiError>().toMatchTypeOf<GenesysCloudError>();
    expectTypeOf<NotFoundError>().toMatchTypeOf<ApiError>();
    expectTypeOf<ConnectionError>().toMatchTypeOf<GenesysCloudError>();
    expectTypeOf<TimeoutError>().toMatchTypeOf<ConnectionError>();
    expectTypeOf<RequestAbortedError>().toMatchTypeOf<GenesysCloudError>();
    expectTypeOf<ResponseParseError>().toMatchTypeOf<GenesysCloudError>();
    expectTypeOf<ArgumentError>().toMatchTypeOf<GenesysCloudError>();
    expectTypeOf<GenesysCloudError["operationId"]>().toEqualTypeOf<string>();
    expectTypeOf<GenesysCloudError["attempts"]>().toEqualTypeOf<number>();
    expectTypeOf<GenesysCloudError["correlationId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError["code"]>().toEqualTypeOf<string | undefined>();
  });

  it("keeps ApiError and ConnectionError apart", () => {
    expectTypeOf<ConnectionError>().not.toMatchTypeOf<ApiError>();
  });
});

describe("the official SDK's client methods kept for migration", () => {
  it("types loginCodeAuthorizationGrant, setGateway and clearAccessToken as the SDK names them", () => {
    const client = new ApiClient();
    expectTypeOf(client.loginCodeAuthorizationGrant).parameters.toEqualTypeOf<
      [clientId: string, clientSecret: string, authCode: string, redirectUri: string]
    >();
    expectTypeOf(client.clearAccessToken).returns.toEqualTypeOf<void>();
    client.setGateway({
      host: "gw.example",
      port: 443,
      path_params_api: "api",
      path_params_login: "login",
    });
    // @ts-expect-error a gateway needs a host
    client.setGateway({ port: 443 });
  });
});
