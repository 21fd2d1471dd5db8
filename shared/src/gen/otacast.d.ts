import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace otacast. */
export namespace otacast {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an ApiRequest.
         * @deprecated Use otacast.v1.ApiRequest.$Properties instead.
         */
        interface IApiRequest extends otacast.v1.ApiRequest.$Properties {
        }

        /** Represents an ApiRequest. */
        class ApiRequest {

            /**
             * Constructs a new ApiRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ApiRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApiRequest id. */
            id: number;

            /** ApiRequest missingBlobs. */
            missingBlobs?: (otacast.v1.MissingBlobsRequest.$Properties|null);

            /** ApiRequest putBlob. */
            putBlob?: (otacast.v1.PutBlobRequest.$Properties|null);

            /** ApiRequest commitRelease. */
            commitRelease?: (otacast.v1.CommitReleaseRequest.$Properties|null);

            /** ApiRequest addDevice. */
            addDevice?: (otacast.v1.AddDeviceRequest.$Properties|null);

            /** ApiRequest listDevices. */
            listDevices?: (otacast.v1.ListDevicesRequest.$Properties|null);

            /** ApiRequest listReleases. */
            listReleases?: (otacast.v1.ListReleasesRequest.$Properties|null);

            /** ApiRequest labelDevice. */
            labelDevice?: (otacast.v1.LabelDeviceRequest.$Properties|null);

            /** ApiRequest removeDevice. */
            removeDevice?: (otacast.v1.RemoveDeviceRequest.$Properties|null);

            /** ApiRequest rotateDeviceToken. */
            rotateDeviceToken?: (otacast.v1.RotateDeviceTokenRequest.$Properties|null);

            /** ApiRequest startRollout. */
            startRollout?: (otacast.v1.StartRolloutRequest.$Properties|null);

            /** ApiRequest rolloutAction. */
            rolloutAction?: (otacast.v1.RolloutActionRequest.$Properties|null);

            /** ApiRequest getRollout. */
            getRollout?: (otacast.v1.GetRolloutRequest.$Properties|null);

            /** ApiRequest listRollouts. */
            listRollouts?: (otacast.v1.ListRolloutsRequest.$Properties|null);

            /** ApiRequest yankRelease. */
            yankRelease?: (otacast.v1.YankReleaseRequest.$Properties|null);

            /** ApiRequest publishKeyring. */
            publishKeyring?: (otacast.v1.PublishKeyringRequest.$Properties|null);

            /** ApiRequest addPrincipal. */
            addPrincipal?: (otacast.v1.AddPrincipalRequest.$Properties|null);

            /** ApiRequest listPrincipals. */
            listPrincipals?: (otacast.v1.ListPrincipalsRequest.$Properties|null);

            /** ApiRequest rotatePrincipalToken. */
            rotatePrincipalToken?: (otacast.v1.RotatePrincipalTokenRequest.$Properties|null);

            /** ApiRequest removePrincipal. */
            removePrincipal?: (otacast.v1.RemovePrincipalRequest.$Properties|null);

            /** ApiRequest listAudit. */
            listAudit?: (otacast.v1.ListAuditRequest.$Properties|null);

            /** ApiRequest gc. */
            gc?: (otacast.v1.GcRequest.$Properties|null);

            /** ApiRequest body. */
            body?: ("missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"rolloutAction"|"getRollout"|"listRollouts"|"yankRelease"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc");

            /**
             * Creates a new ApiRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApiRequest instance
             */
            static create(properties: otacast.v1.ApiRequest.$Shape): otacast.v1.ApiRequest & otacast.v1.ApiRequest.$Shape;
            static create(properties?: otacast.v1.ApiRequest.$Properties): otacast.v1.ApiRequest;

            /**
             * Encodes the specified ApiRequest message. Does not implicitly {@link otacast.v1.ApiRequest.verify|verify} messages.
             * @param message ApiRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ApiRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApiRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ApiRequest & otacast.v1.ApiRequest.$Shape} ApiRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ApiRequest & otacast.v1.ApiRequest.$Shape;
        }

        namespace ApiRequest {

            /** Properties of an ApiRequest. */
            interface $Properties {

                /** ApiRequest id */
                id?: (number|null);

                /** ApiRequest missingBlobs */
                missingBlobs?: (otacast.v1.MissingBlobsRequest.$Properties|null);

                /** ApiRequest putBlob */
                putBlob?: (otacast.v1.PutBlobRequest.$Properties|null);

                /** ApiRequest commitRelease */
                commitRelease?: (otacast.v1.CommitReleaseRequest.$Properties|null);

                /** ApiRequest addDevice */
                addDevice?: (otacast.v1.AddDeviceRequest.$Properties|null);

                /** ApiRequest listDevices */
                listDevices?: (otacast.v1.ListDevicesRequest.$Properties|null);

                /** ApiRequest listReleases */
                listReleases?: (otacast.v1.ListReleasesRequest.$Properties|null);

                /** ApiRequest labelDevice */
                labelDevice?: (otacast.v1.LabelDeviceRequest.$Properties|null);

                /** ApiRequest removeDevice */
                removeDevice?: (otacast.v1.RemoveDeviceRequest.$Properties|null);

                /** ApiRequest rotateDeviceToken */
                rotateDeviceToken?: (otacast.v1.RotateDeviceTokenRequest.$Properties|null);

                /** ApiRequest startRollout */
                startRollout?: (otacast.v1.StartRolloutRequest.$Properties|null);

                /** ApiRequest rolloutAction */
                rolloutAction?: (otacast.v1.RolloutActionRequest.$Properties|null);

                /** ApiRequest getRollout */
                getRollout?: (otacast.v1.GetRolloutRequest.$Properties|null);

                /** ApiRequest listRollouts */
                listRollouts?: (otacast.v1.ListRolloutsRequest.$Properties|null);

                /** ApiRequest yankRelease */
                yankRelease?: (otacast.v1.YankReleaseRequest.$Properties|null);

                /** ApiRequest publishKeyring */
                publishKeyring?: (otacast.v1.PublishKeyringRequest.$Properties|null);

                /** ApiRequest addPrincipal */
                addPrincipal?: (otacast.v1.AddPrincipalRequest.$Properties|null);

                /** ApiRequest listPrincipals */
                listPrincipals?: (otacast.v1.ListPrincipalsRequest.$Properties|null);

                /** ApiRequest rotatePrincipalToken */
                rotatePrincipalToken?: (otacast.v1.RotatePrincipalTokenRequest.$Properties|null);

                /** ApiRequest removePrincipal */
                removePrincipal?: (otacast.v1.RemovePrincipalRequest.$Properties|null);

                /** ApiRequest listAudit */
                listAudit?: (otacast.v1.ListAuditRequest.$Properties|null);

                /** ApiRequest gc */
                gc?: (otacast.v1.GcRequest.$Properties|null);

                /** ApiRequest body */
                body?: ("missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"rolloutAction"|"getRollout"|"listRollouts"|"yankRelease"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an ApiRequest. */
            type $Shape = {
              id?: number|null;
              missingBlobs?: otacast.v1.MissingBlobsRequest.$Shape|null;
              putBlob?: otacast.v1.PutBlobRequest.$Shape|null;
              commitRelease?: otacast.v1.CommitReleaseRequest.$Shape|null;
              addDevice?: otacast.v1.AddDeviceRequest.$Shape|null;
              listDevices?: otacast.v1.ListDevicesRequest.$Shape|null;
              listReleases?: otacast.v1.ListReleasesRequest.$Shape|null;
              labelDevice?: otacast.v1.LabelDeviceRequest.$Shape|null;
              removeDevice?: otacast.v1.RemoveDeviceRequest.$Shape|null;
              rotateDeviceToken?: otacast.v1.RotateDeviceTokenRequest.$Shape|null;
              startRollout?: otacast.v1.StartRolloutRequest.$Shape|null;
              rolloutAction?: otacast.v1.RolloutActionRequest.$Shape|null;
              getRollout?: otacast.v1.GetRolloutRequest.$Shape|null;
              listRollouts?: otacast.v1.ListRolloutsRequest.$Shape|null;
              yankRelease?: otacast.v1.YankReleaseRequest.$Shape|null;
              publishKeyring?: otacast.v1.PublishKeyringRequest.$Shape|null;
              addPrincipal?: otacast.v1.AddPrincipalRequest.$Shape|null;
              listPrincipals?: otacast.v1.ListPrincipalsRequest.$Shape|null;
              rotatePrincipalToken?: otacast.v1.RotatePrincipalTokenRequest.$Shape|null;
              removePrincipal?: otacast.v1.RemovePrincipalRequest.$Shape|null;
              listAudit?: otacast.v1.ListAuditRequest.$Shape|null;
              gc?: otacast.v1.GcRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "missingBlobs"; missingBlobs: otacast.v1.MissingBlobsRequest.$Shape; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "putBlob"; missingBlobs?: null; putBlob: otacast.v1.PutBlobRequest.$Shape; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "commitRelease"; missingBlobs?: null; putBlob?: null; commitRelease: otacast.v1.CommitReleaseRequest.$Shape; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice: otacast.v1.AddDeviceRequest.$Shape; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listDevices"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices: otacast.v1.ListDevicesRequest.$Shape; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listReleases"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases: otacast.v1.ListReleasesRequest.$Shape; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "labelDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice: otacast.v1.LabelDeviceRequest.$Shape; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removeDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice: otacast.v1.RemoveDeviceRequest.$Shape; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotateDeviceToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken: otacast.v1.RotateDeviceTokenRequest.$Shape; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "startRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout: otacast.v1.StartRolloutRequest.$Shape; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rolloutAction"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction: otacast.v1.RolloutActionRequest.$Shape; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "getRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout: otacast.v1.GetRolloutRequest.$Shape; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listRollouts"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts: otacast.v1.ListRolloutsRequest.$Shape; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "yankRelease"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease: otacast.v1.YankReleaseRequest.$Shape; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "publishKeyring"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring: otacast.v1.PublishKeyringRequest.$Shape; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addPrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal: otacast.v1.AddPrincipalRequest.$Shape; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listPrincipals"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals: otacast.v1.ListPrincipalsRequest.$Shape; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotatePrincipalToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken: otacast.v1.RotatePrincipalTokenRequest.$Shape; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removePrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal: otacast.v1.RemovePrincipalRequest.$Shape; listAudit?: null; gc?: null }|{ body?: "listAudit"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit: otacast.v1.ListAuditRequest.$Shape; gc?: null }|{ body?: "gc"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc: otacast.v1.GcRequest.$Shape })
            );
        }

        /**
         * Properties of an ApiResponse.
         * @deprecated Use otacast.v1.ApiResponse.$Properties instead.
         */
        interface IApiResponse extends otacast.v1.ApiResponse.$Properties {
        }

        /** Represents an ApiResponse. */
        class ApiResponse {

            /**
             * Constructs a new ApiResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ApiResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApiResponse id. */
            id: number;

            /** ApiResponse errorCode. */
            errorCode: string;

            /** ApiResponse errorMessage. */
            errorMessage: string;

            /** ApiResponse missingBlobs. */
            missingBlobs?: (otacast.v1.MissingBlobsResponse.$Properties|null);

            /** ApiResponse putBlob. */
            putBlob?: (otacast.v1.PutBlobResponse.$Properties|null);

            /** ApiResponse commitRelease. */
            commitRelease?: (otacast.v1.CommitReleaseResponse.$Properties|null);

            /** ApiResponse addDevice. */
            addDevice?: (otacast.v1.AddDeviceResponse.$Properties|null);

            /** ApiResponse listDevices. */
            listDevices?: (otacast.v1.ListDevicesResponse.$Properties|null);

            /** ApiResponse listReleases. */
            listReleases?: (otacast.v1.ListReleasesResponse.$Properties|null);

            /** ApiResponse labelDevice. */
            labelDevice?: (otacast.v1.LabelDeviceResponse.$Properties|null);

            /** ApiResponse removeDevice. */
            removeDevice?: (otacast.v1.RemoveDeviceResponse.$Properties|null);

            /** ApiResponse rotateDeviceToken. */
            rotateDeviceToken?: (otacast.v1.RotateDeviceTokenResponse.$Properties|null);

            /** ApiResponse startRollout. */
            startRollout?: (otacast.v1.RolloutStatus.$Properties|null);

            /** ApiResponse listRollouts. */
            listRollouts?: (otacast.v1.ListRolloutsResponse.$Properties|null);

            /** ApiResponse yankRelease. */
            yankRelease?: (otacast.v1.YankReleaseResponse.$Properties|null);

            /** ApiResponse rolloutAction. */
            rolloutAction?: (otacast.v1.RolloutStatus.$Properties|null);

            /** ApiResponse getRollout. */
            getRollout?: (otacast.v1.RolloutStatus.$Properties|null);

            /** ApiResponse publishKeyring. */
            publishKeyring?: (otacast.v1.PublishKeyringResponse.$Properties|null);

            /** ApiResponse addPrincipal. */
            addPrincipal?: (otacast.v1.AddPrincipalResponse.$Properties|null);

            /** ApiResponse listPrincipals. */
            listPrincipals?: (otacast.v1.ListPrincipalsResponse.$Properties|null);

            /** ApiResponse rotatePrincipalToken. */
            rotatePrincipalToken?: (otacast.v1.RotatePrincipalTokenResponse.$Properties|null);

            /** ApiResponse removePrincipal. */
            removePrincipal?: (otacast.v1.RemovePrincipalResponse.$Properties|null);

            /** ApiResponse listAudit. */
            listAudit?: (otacast.v1.ListAuditResponse.$Properties|null);

            /** ApiResponse gc. */
            gc?: (otacast.v1.GcResponse.$Properties|null);

            /** ApiResponse body. */
            body?: ("missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"listRollouts"|"yankRelease"|"rolloutAction"|"getRollout"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc");

            /**
             * Creates a new ApiResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApiResponse instance
             */
            static create(properties: otacast.v1.ApiResponse.$Shape): otacast.v1.ApiResponse & otacast.v1.ApiResponse.$Shape;
            static create(properties?: otacast.v1.ApiResponse.$Properties): otacast.v1.ApiResponse;

            /**
             * Encodes the specified ApiResponse message. Does not implicitly {@link otacast.v1.ApiResponse.verify|verify} messages.
             * @param message ApiResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ApiResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApiResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ApiResponse & otacast.v1.ApiResponse.$Shape} ApiResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ApiResponse & otacast.v1.ApiResponse.$Shape;
        }

        namespace ApiResponse {

            /** Properties of an ApiResponse. */
            interface $Properties {

                /** ApiResponse id */
                id?: (number|null);

                /** ApiResponse errorCode */
                errorCode?: (string|null);

                /** ApiResponse errorMessage */
                errorMessage?: (string|null);

                /** ApiResponse missingBlobs */
                missingBlobs?: (otacast.v1.MissingBlobsResponse.$Properties|null);

                /** ApiResponse putBlob */
                putBlob?: (otacast.v1.PutBlobResponse.$Properties|null);

                /** ApiResponse commitRelease */
                commitRelease?: (otacast.v1.CommitReleaseResponse.$Properties|null);

                /** ApiResponse addDevice */
                addDevice?: (otacast.v1.AddDeviceResponse.$Properties|null);

                /** ApiResponse listDevices */
                listDevices?: (otacast.v1.ListDevicesResponse.$Properties|null);

                /** ApiResponse listReleases */
                listReleases?: (otacast.v1.ListReleasesResponse.$Properties|null);

                /** ApiResponse labelDevice */
                labelDevice?: (otacast.v1.LabelDeviceResponse.$Properties|null);

                /** ApiResponse removeDevice */
                removeDevice?: (otacast.v1.RemoveDeviceResponse.$Properties|null);

                /** ApiResponse rotateDeviceToken */
                rotateDeviceToken?: (otacast.v1.RotateDeviceTokenResponse.$Properties|null);

                /** ApiResponse startRollout */
                startRollout?: (otacast.v1.RolloutStatus.$Properties|null);

                /** ApiResponse listRollouts */
                listRollouts?: (otacast.v1.ListRolloutsResponse.$Properties|null);

                /** ApiResponse yankRelease */
                yankRelease?: (otacast.v1.YankReleaseResponse.$Properties|null);

                /** ApiResponse rolloutAction */
                rolloutAction?: (otacast.v1.RolloutStatus.$Properties|null);

                /** ApiResponse getRollout */
                getRollout?: (otacast.v1.RolloutStatus.$Properties|null);

                /** ApiResponse publishKeyring */
                publishKeyring?: (otacast.v1.PublishKeyringResponse.$Properties|null);

                /** ApiResponse addPrincipal */
                addPrincipal?: (otacast.v1.AddPrincipalResponse.$Properties|null);

                /** ApiResponse listPrincipals */
                listPrincipals?: (otacast.v1.ListPrincipalsResponse.$Properties|null);

                /** ApiResponse rotatePrincipalToken */
                rotatePrincipalToken?: (otacast.v1.RotatePrincipalTokenResponse.$Properties|null);

                /** ApiResponse removePrincipal */
                removePrincipal?: (otacast.v1.RemovePrincipalResponse.$Properties|null);

                /** ApiResponse listAudit */
                listAudit?: (otacast.v1.ListAuditResponse.$Properties|null);

                /** ApiResponse gc */
                gc?: (otacast.v1.GcResponse.$Properties|null);

                /** ApiResponse body */
                body?: ("missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"listRollouts"|"yankRelease"|"rolloutAction"|"getRollout"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an ApiResponse. */
            type $Shape = {
              id?: number|null;
              errorCode?: string|null;
              errorMessage?: string|null;
              missingBlobs?: otacast.v1.MissingBlobsResponse.$Shape|null;
              putBlob?: otacast.v1.PutBlobResponse.$Shape|null;
              commitRelease?: otacast.v1.CommitReleaseResponse.$Shape|null;
              addDevice?: otacast.v1.AddDeviceResponse.$Shape|null;
              listDevices?: otacast.v1.ListDevicesResponse.$Shape|null;
              listReleases?: otacast.v1.ListReleasesResponse.$Shape|null;
              labelDevice?: otacast.v1.LabelDeviceResponse.$Shape|null;
              removeDevice?: otacast.v1.RemoveDeviceResponse.$Shape|null;
              rotateDeviceToken?: otacast.v1.RotateDeviceTokenResponse.$Shape|null;
              startRollout?: otacast.v1.RolloutStatus.$Shape|null;
              listRollouts?: otacast.v1.ListRolloutsResponse.$Shape|null;
              yankRelease?: otacast.v1.YankReleaseResponse.$Shape|null;
              rolloutAction?: otacast.v1.RolloutStatus.$Shape|null;
              getRollout?: otacast.v1.RolloutStatus.$Shape|null;
              publishKeyring?: otacast.v1.PublishKeyringResponse.$Shape|null;
              addPrincipal?: otacast.v1.AddPrincipalResponse.$Shape|null;
              listPrincipals?: otacast.v1.ListPrincipalsResponse.$Shape|null;
              rotatePrincipalToken?: otacast.v1.RotatePrincipalTokenResponse.$Shape|null;
              removePrincipal?: otacast.v1.RemovePrincipalResponse.$Shape|null;
              listAudit?: otacast.v1.ListAuditResponse.$Shape|null;
              gc?: otacast.v1.GcResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "missingBlobs"; missingBlobs: otacast.v1.MissingBlobsResponse.$Shape; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "putBlob"; missingBlobs?: null; putBlob: otacast.v1.PutBlobResponse.$Shape; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "commitRelease"; missingBlobs?: null; putBlob?: null; commitRelease: otacast.v1.CommitReleaseResponse.$Shape; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice: otacast.v1.AddDeviceResponse.$Shape; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listDevices"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices: otacast.v1.ListDevicesResponse.$Shape; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listReleases"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases: otacast.v1.ListReleasesResponse.$Shape; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "labelDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice: otacast.v1.LabelDeviceResponse.$Shape; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removeDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice: otacast.v1.RemoveDeviceResponse.$Shape; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotateDeviceToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken: otacast.v1.RotateDeviceTokenResponse.$Shape; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "startRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout: otacast.v1.RolloutStatus.$Shape; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listRollouts"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts: otacast.v1.ListRolloutsResponse.$Shape; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "yankRelease"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease: otacast.v1.YankReleaseResponse.$Shape; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rolloutAction"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction: otacast.v1.RolloutStatus.$Shape; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "getRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout: otacast.v1.RolloutStatus.$Shape; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "publishKeyring"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring: otacast.v1.PublishKeyringResponse.$Shape; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addPrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal: otacast.v1.AddPrincipalResponse.$Shape; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listPrincipals"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals: otacast.v1.ListPrincipalsResponse.$Shape; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotatePrincipalToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken: otacast.v1.RotatePrincipalTokenResponse.$Shape; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removePrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal: otacast.v1.RemovePrincipalResponse.$Shape; listAudit?: null; gc?: null }|{ body?: "listAudit"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit: otacast.v1.ListAuditResponse.$Shape; gc?: null }|{ body?: "gc"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc: otacast.v1.GcResponse.$Shape })
            );
        }

        /**
         * Properties of a MissingBlobsRequest.
         * @deprecated Use otacast.v1.MissingBlobsRequest.$Properties instead.
         */
        interface IMissingBlobsRequest extends otacast.v1.MissingBlobsRequest.$Properties {
        }

        /** Represents a MissingBlobsRequest. */
        class MissingBlobsRequest {

            /**
             * Constructs a new MissingBlobsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.MissingBlobsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MissingBlobsRequest digests. */
            digests: Uint8Array[];

            /**
             * Creates a new MissingBlobsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MissingBlobsRequest instance
             */
            static create(properties: otacast.v1.MissingBlobsRequest.$Shape): otacast.v1.MissingBlobsRequest & otacast.v1.MissingBlobsRequest.$Shape;
            static create(properties?: otacast.v1.MissingBlobsRequest.$Properties): otacast.v1.MissingBlobsRequest;

            /**
             * Encodes the specified MissingBlobsRequest message. Does not implicitly {@link otacast.v1.MissingBlobsRequest.verify|verify} messages.
             * @param message MissingBlobsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.MissingBlobsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MissingBlobsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.MissingBlobsRequest & otacast.v1.MissingBlobsRequest.$Shape} MissingBlobsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.MissingBlobsRequest & otacast.v1.MissingBlobsRequest.$Shape;
        }

        namespace MissingBlobsRequest {

            /** Properties of a MissingBlobsRequest. */
            interface $Properties {

                /** MissingBlobsRequest digests */
                digests?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MissingBlobsRequest. */
            type $Shape = otacast.v1.MissingBlobsRequest.$Properties;
        }

        /**
         * Properties of a MissingBlobsResponse.
         * @deprecated Use otacast.v1.MissingBlobsResponse.$Properties instead.
         */
        interface IMissingBlobsResponse extends otacast.v1.MissingBlobsResponse.$Properties {
        }

        /** Represents a MissingBlobsResponse. */
        class MissingBlobsResponse {

            /**
             * Constructs a new MissingBlobsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.MissingBlobsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MissingBlobsResponse missing. */
            missing: Uint8Array[];

            /**
             * Creates a new MissingBlobsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MissingBlobsResponse instance
             */
            static create(properties: otacast.v1.MissingBlobsResponse.$Shape): otacast.v1.MissingBlobsResponse & otacast.v1.MissingBlobsResponse.$Shape;
            static create(properties?: otacast.v1.MissingBlobsResponse.$Properties): otacast.v1.MissingBlobsResponse;

            /**
             * Encodes the specified MissingBlobsResponse message. Does not implicitly {@link otacast.v1.MissingBlobsResponse.verify|verify} messages.
             * @param message MissingBlobsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.MissingBlobsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MissingBlobsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.MissingBlobsResponse & otacast.v1.MissingBlobsResponse.$Shape} MissingBlobsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.MissingBlobsResponse & otacast.v1.MissingBlobsResponse.$Shape;
        }

        namespace MissingBlobsResponse {

            /** Properties of a MissingBlobsResponse. */
            interface $Properties {

                /** MissingBlobsResponse missing */
                missing?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MissingBlobsResponse. */
            type $Shape = otacast.v1.MissingBlobsResponse.$Properties;
        }

        /**
         * Properties of a PutBlobRequest.
         * @deprecated Use otacast.v1.PutBlobRequest.$Properties instead.
         */
        interface IPutBlobRequest extends otacast.v1.PutBlobRequest.$Properties {
        }

        /** Represents a PutBlobRequest. */
        class PutBlobRequest {

            /**
             * Constructs a new PutBlobRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PutBlobRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutBlobRequest digest. */
            digest: Uint8Array;

            /** PutBlobRequest size. */
            size: number;

            /** PutBlobRequest offset. */
            offset: number;

            /** PutBlobRequest data. */
            data: Uint8Array;

            /**
             * Creates a new PutBlobRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutBlobRequest instance
             */
            static create(properties: otacast.v1.PutBlobRequest.$Shape): otacast.v1.PutBlobRequest & otacast.v1.PutBlobRequest.$Shape;
            static create(properties?: otacast.v1.PutBlobRequest.$Properties): otacast.v1.PutBlobRequest;

            /**
             * Encodes the specified PutBlobRequest message. Does not implicitly {@link otacast.v1.PutBlobRequest.verify|verify} messages.
             * @param message PutBlobRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PutBlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutBlobRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PutBlobRequest & otacast.v1.PutBlobRequest.$Shape} PutBlobRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PutBlobRequest & otacast.v1.PutBlobRequest.$Shape;
        }

        namespace PutBlobRequest {

            /** Properties of a PutBlobRequest. */
            interface $Properties {

                /** PutBlobRequest digest */
                digest?: (Uint8Array|null);

                /** PutBlobRequest size */
                size?: (number|null);

                /** PutBlobRequest offset */
                offset?: (number|null);

                /** PutBlobRequest data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutBlobRequest. */
            type $Shape = otacast.v1.PutBlobRequest.$Properties;
        }

        /**
         * Properties of a PutBlobResponse.
         * @deprecated Use otacast.v1.PutBlobResponse.$Properties instead.
         */
        interface IPutBlobResponse extends otacast.v1.PutBlobResponse.$Properties {
        }

        /** Represents a PutBlobResponse. */
        class PutBlobResponse {

            /**
             * Constructs a new PutBlobResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PutBlobResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutBlobResponse complete. */
            complete: boolean;

            /**
             * Creates a new PutBlobResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutBlobResponse instance
             */
            static create(properties: otacast.v1.PutBlobResponse.$Shape): otacast.v1.PutBlobResponse & otacast.v1.PutBlobResponse.$Shape;
            static create(properties?: otacast.v1.PutBlobResponse.$Properties): otacast.v1.PutBlobResponse;

            /**
             * Encodes the specified PutBlobResponse message. Does not implicitly {@link otacast.v1.PutBlobResponse.verify|verify} messages.
             * @param message PutBlobResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PutBlobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutBlobResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PutBlobResponse & otacast.v1.PutBlobResponse.$Shape} PutBlobResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PutBlobResponse & otacast.v1.PutBlobResponse.$Shape;
        }

        namespace PutBlobResponse {

            /** Properties of a PutBlobResponse. */
            interface $Properties {

                /** PutBlobResponse complete */
                complete?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutBlobResponse. */
            type $Shape = otacast.v1.PutBlobResponse.$Properties;
        }

        /**
         * Properties of a CommitReleaseRequest.
         * @deprecated Use otacast.v1.CommitReleaseRequest.$Properties instead.
         */
        interface ICommitReleaseRequest extends otacast.v1.CommitReleaseRequest.$Properties {
        }

        /** Represents a CommitReleaseRequest. */
        class CommitReleaseRequest {

            /**
             * Constructs a new CommitReleaseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.CommitReleaseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitReleaseRequest signedManifest. */
            signedManifest: Uint8Array;

            /** CommitReleaseRequest noAnnounce. */
            noAnnounce: boolean;

            /**
             * Creates a new CommitReleaseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitReleaseRequest instance
             */
            static create(properties: otacast.v1.CommitReleaseRequest.$Shape): otacast.v1.CommitReleaseRequest & otacast.v1.CommitReleaseRequest.$Shape;
            static create(properties?: otacast.v1.CommitReleaseRequest.$Properties): otacast.v1.CommitReleaseRequest;

            /**
             * Encodes the specified CommitReleaseRequest message. Does not implicitly {@link otacast.v1.CommitReleaseRequest.verify|verify} messages.
             * @param message CommitReleaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.CommitReleaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitReleaseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.CommitReleaseRequest & otacast.v1.CommitReleaseRequest.$Shape} CommitReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.CommitReleaseRequest & otacast.v1.CommitReleaseRequest.$Shape;
        }

        namespace CommitReleaseRequest {

            /** Properties of a CommitReleaseRequest. */
            interface $Properties {

                /** CommitReleaseRequest signedManifest */
                signedManifest?: (Uint8Array|null);

                /** CommitReleaseRequest noAnnounce */
                noAnnounce?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitReleaseRequest. */
            type $Shape = otacast.v1.CommitReleaseRequest.$Properties;
        }

        /**
         * Properties of a CommitReleaseResponse.
         * @deprecated Use otacast.v1.CommitReleaseResponse.$Properties instead.
         */
        interface ICommitReleaseResponse extends otacast.v1.CommitReleaseResponse.$Properties {
        }

        /** Represents a CommitReleaseResponse. */
        class CommitReleaseResponse {

            /**
             * Constructs a new CommitReleaseResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.CommitReleaseResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitReleaseResponse releaseId. */
            releaseId: string;

            /** CommitReleaseResponse existing. */
            existing: boolean;

            /**
             * Creates a new CommitReleaseResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitReleaseResponse instance
             */
            static create(properties: otacast.v1.CommitReleaseResponse.$Shape): otacast.v1.CommitReleaseResponse & otacast.v1.CommitReleaseResponse.$Shape;
            static create(properties?: otacast.v1.CommitReleaseResponse.$Properties): otacast.v1.CommitReleaseResponse;

            /**
             * Encodes the specified CommitReleaseResponse message. Does not implicitly {@link otacast.v1.CommitReleaseResponse.verify|verify} messages.
             * @param message CommitReleaseResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.CommitReleaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitReleaseResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.CommitReleaseResponse & otacast.v1.CommitReleaseResponse.$Shape} CommitReleaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.CommitReleaseResponse & otacast.v1.CommitReleaseResponse.$Shape;
        }

        namespace CommitReleaseResponse {

            /** Properties of a CommitReleaseResponse. */
            interface $Properties {

                /** CommitReleaseResponse releaseId */
                releaseId?: (string|null);

                /** CommitReleaseResponse existing */
                existing?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitReleaseResponse. */
            type $Shape = otacast.v1.CommitReleaseResponse.$Properties;
        }

        /**
         * Properties of an AddDeviceRequest.
         * @deprecated Use otacast.v1.AddDeviceRequest.$Properties instead.
         */
        interface IAddDeviceRequest extends otacast.v1.AddDeviceRequest.$Properties {
        }

        /** Represents an AddDeviceRequest. */
        class AddDeviceRequest {

            /**
             * Constructs a new AddDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.AddDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddDeviceRequest deviceId. */
            deviceId: string;

            /** AddDeviceRequest product. */
            product: string;

            /** AddDeviceRequest channel. */
            channel: string;

            /** AddDeviceRequest labels. */
            labels: { [k: string]: string };

            /** AddDeviceRequest force. */
            force: boolean;

            /**
             * Creates a new AddDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddDeviceRequest instance
             */
            static create(properties: otacast.v1.AddDeviceRequest.$Shape): otacast.v1.AddDeviceRequest & otacast.v1.AddDeviceRequest.$Shape;
            static create(properties?: otacast.v1.AddDeviceRequest.$Properties): otacast.v1.AddDeviceRequest;

            /**
             * Encodes the specified AddDeviceRequest message. Does not implicitly {@link otacast.v1.AddDeviceRequest.verify|verify} messages.
             * @param message AddDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.AddDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.AddDeviceRequest & otacast.v1.AddDeviceRequest.$Shape} AddDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.AddDeviceRequest & otacast.v1.AddDeviceRequest.$Shape;
        }

        namespace AddDeviceRequest {

            /** Properties of an AddDeviceRequest. */
            interface $Properties {

                /** AddDeviceRequest deviceId */
                deviceId?: (string|null);

                /** AddDeviceRequest product */
                product?: (string|null);

                /** AddDeviceRequest channel */
                channel?: (string|null);

                /** AddDeviceRequest labels */
                labels?: ({ [k: string]: string }|null);

                /** AddDeviceRequest force */
                force?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddDeviceRequest. */
            type $Shape = otacast.v1.AddDeviceRequest.$Properties;
        }

        /**
         * Properties of an AddDeviceResponse.
         * @deprecated Use otacast.v1.AddDeviceResponse.$Properties instead.
         */
        interface IAddDeviceResponse extends otacast.v1.AddDeviceResponse.$Properties {
        }

        /** Represents an AddDeviceResponse. */
        class AddDeviceResponse {

            /**
             * Constructs a new AddDeviceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.AddDeviceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddDeviceResponse token. */
            token: string;

            /**
             * Creates a new AddDeviceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddDeviceResponse instance
             */
            static create(properties: otacast.v1.AddDeviceResponse.$Shape): otacast.v1.AddDeviceResponse & otacast.v1.AddDeviceResponse.$Shape;
            static create(properties?: otacast.v1.AddDeviceResponse.$Properties): otacast.v1.AddDeviceResponse;

            /**
             * Encodes the specified AddDeviceResponse message. Does not implicitly {@link otacast.v1.AddDeviceResponse.verify|verify} messages.
             * @param message AddDeviceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.AddDeviceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddDeviceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.AddDeviceResponse & otacast.v1.AddDeviceResponse.$Shape} AddDeviceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.AddDeviceResponse & otacast.v1.AddDeviceResponse.$Shape;
        }

        namespace AddDeviceResponse {

            /** Properties of an AddDeviceResponse. */
            interface $Properties {

                /** AddDeviceResponse token */
                token?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddDeviceResponse. */
            type $Shape = otacast.v1.AddDeviceResponse.$Properties;
        }

        /**
         * Properties of a ListDevicesRequest.
         * @deprecated Use otacast.v1.ListDevicesRequest.$Properties instead.
         */
        interface IListDevicesRequest extends otacast.v1.ListDevicesRequest.$Properties {
        }

        /** Represents a ListDevicesRequest. */
        class ListDevicesRequest {

            /**
             * Constructs a new ListDevicesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListDevicesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListDevicesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDevicesRequest instance
             */
            static create(properties: otacast.v1.ListDevicesRequest.$Shape): otacast.v1.ListDevicesRequest & otacast.v1.ListDevicesRequest.$Shape;
            static create(properties?: otacast.v1.ListDevicesRequest.$Properties): otacast.v1.ListDevicesRequest;

            /**
             * Encodes the specified ListDevicesRequest message. Does not implicitly {@link otacast.v1.ListDevicesRequest.verify|verify} messages.
             * @param message ListDevicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListDevicesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDevicesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListDevicesRequest & otacast.v1.ListDevicesRequest.$Shape} ListDevicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListDevicesRequest & otacast.v1.ListDevicesRequest.$Shape;
        }

        namespace ListDevicesRequest {

            /** Properties of a ListDevicesRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListDevicesRequest. */
            type $Shape = otacast.v1.ListDevicesRequest.$Properties;
        }

        /**
         * Properties of a DeviceRecord.
         * @deprecated Use otacast.v1.DeviceRecord.$Properties instead.
         */
        interface IDeviceRecord extends otacast.v1.DeviceRecord.$Properties {
        }

        /** Represents a DeviceRecord. */
        class DeviceRecord {

            /**
             * Constructs a new DeviceRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.DeviceRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceRecord deviceId. */
            deviceId: string;

            /** DeviceRecord product. */
            product: string;

            /** DeviceRecord channel. */
            channel: string;

            /** DeviceRecord installedVersion. */
            installedVersion: string;

            /** DeviceRecord state. */
            state: otacast.v1.AgentState;

            /** DeviceRecord outcome. */
            outcome: otacast.v1.Outcome;

            /** DeviceRecord lastError. */
            lastError: string;

            /** DeviceRecord lastSeenMs. */
            lastSeenMs: number;

            /** DeviceRecord lastSeq. */
            lastSeq: number;

            /** DeviceRecord targetVersion. */
            targetVersion: string;

            /** DeviceRecord components. */
            components: { [k: string]: string };

            /** DeviceRecord labels. */
            labels: { [k: string]: string };

            /** DeviceRecord online. */
            online: boolean;

            /** DeviceRecord progressPercent. */
            progressPercent: number;

            /** DeviceRecord statusMessage. */
            statusMessage: string;

            /**
             * Creates a new DeviceRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceRecord instance
             */
            static create(properties: otacast.v1.DeviceRecord.$Shape): otacast.v1.DeviceRecord & otacast.v1.DeviceRecord.$Shape;
            static create(properties?: otacast.v1.DeviceRecord.$Properties): otacast.v1.DeviceRecord;

            /**
             * Encodes the specified DeviceRecord message. Does not implicitly {@link otacast.v1.DeviceRecord.verify|verify} messages.
             * @param message DeviceRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.DeviceRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.DeviceRecord & otacast.v1.DeviceRecord.$Shape} DeviceRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.DeviceRecord & otacast.v1.DeviceRecord.$Shape;
        }

        namespace DeviceRecord {

            /** Properties of a DeviceRecord. */
            interface $Properties {

                /** DeviceRecord deviceId */
                deviceId?: (string|null);

                /** DeviceRecord product */
                product?: (string|null);

                /** DeviceRecord channel */
                channel?: (string|null);

                /** DeviceRecord installedVersion */
                installedVersion?: (string|null);

                /** DeviceRecord state */
                state?: (otacast.v1.AgentState|null);

                /** DeviceRecord outcome */
                outcome?: (otacast.v1.Outcome|null);

                /** DeviceRecord lastError */
                lastError?: (string|null);

                /** DeviceRecord lastSeenMs */
                lastSeenMs?: (number|null);

                /** DeviceRecord lastSeq */
                lastSeq?: (number|null);

                /** DeviceRecord targetVersion */
                targetVersion?: (string|null);

                /** DeviceRecord components */
                components?: ({ [k: string]: string }|null);

                /** DeviceRecord labels */
                labels?: ({ [k: string]: string }|null);

                /** DeviceRecord online */
                online?: (boolean|null);

                /** DeviceRecord progressPercent */
                progressPercent?: (number|null);

                /** DeviceRecord statusMessage */
                statusMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceRecord. */
            type $Shape = otacast.v1.DeviceRecord.$Properties;
        }

        /**
         * Properties of a ListDevicesResponse.
         * @deprecated Use otacast.v1.ListDevicesResponse.$Properties instead.
         */
        interface IListDevicesResponse extends otacast.v1.ListDevicesResponse.$Properties {
        }

        /** Represents a ListDevicesResponse. */
        class ListDevicesResponse {

            /**
             * Constructs a new ListDevicesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListDevicesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListDevicesResponse devices. */
            devices: otacast.v1.DeviceRecord.$Properties[];

            /**
             * Creates a new ListDevicesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDevicesResponse instance
             */
            static create(properties: otacast.v1.ListDevicesResponse.$Shape): otacast.v1.ListDevicesResponse & otacast.v1.ListDevicesResponse.$Shape;
            static create(properties?: otacast.v1.ListDevicesResponse.$Properties): otacast.v1.ListDevicesResponse;

            /**
             * Encodes the specified ListDevicesResponse message. Does not implicitly {@link otacast.v1.ListDevicesResponse.verify|verify} messages.
             * @param message ListDevicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListDevicesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDevicesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListDevicesResponse & otacast.v1.ListDevicesResponse.$Shape} ListDevicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListDevicesResponse & otacast.v1.ListDevicesResponse.$Shape;
        }

        namespace ListDevicesResponse {

            /** Properties of a ListDevicesResponse. */
            interface $Properties {

                /** ListDevicesResponse devices */
                devices?: (otacast.v1.DeviceRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListDevicesResponse. */
            type $Shape = otacast.v1.ListDevicesResponse.$Properties;
        }

        /**
         * Properties of a ListReleasesRequest.
         * @deprecated Use otacast.v1.ListReleasesRequest.$Properties instead.
         */
        interface IListReleasesRequest extends otacast.v1.ListReleasesRequest.$Properties {
        }

        /** Represents a ListReleasesRequest. */
        class ListReleasesRequest {

            /**
             * Constructs a new ListReleasesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListReleasesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListReleasesRequest product. */
            product: string;

            /**
             * Creates a new ListReleasesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListReleasesRequest instance
             */
            static create(properties: otacast.v1.ListReleasesRequest.$Shape): otacast.v1.ListReleasesRequest & otacast.v1.ListReleasesRequest.$Shape;
            static create(properties?: otacast.v1.ListReleasesRequest.$Properties): otacast.v1.ListReleasesRequest;

            /**
             * Encodes the specified ListReleasesRequest message. Does not implicitly {@link otacast.v1.ListReleasesRequest.verify|verify} messages.
             * @param message ListReleasesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListReleasesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListReleasesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListReleasesRequest & otacast.v1.ListReleasesRequest.$Shape} ListReleasesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListReleasesRequest & otacast.v1.ListReleasesRequest.$Shape;
        }

        namespace ListReleasesRequest {

            /** Properties of a ListReleasesRequest. */
            interface $Properties {

                /** ListReleasesRequest product */
                product?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListReleasesRequest. */
            type $Shape = otacast.v1.ListReleasesRequest.$Properties;
        }

        /**
         * Properties of a ReleaseRecord.
         * @deprecated Use otacast.v1.ReleaseRecord.$Properties instead.
         */
        interface IReleaseRecord extends otacast.v1.ReleaseRecord.$Properties {
        }

        /** Represents a ReleaseRecord. */
        class ReleaseRecord {

            /**
             * Constructs a new ReleaseRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ReleaseRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleaseRecord releaseId. */
            releaseId: string;

            /** ReleaseRecord product. */
            product: string;

            /** ReleaseRecord channel. */
            channel: string;

            /** ReleaseRecord version. */
            version: string;

            /** ReleaseRecord createdAtMs. */
            createdAtMs: number;

            /** ReleaseRecord totalSize. */
            totalSize: number;

            /** ReleaseRecord current. */
            current: boolean;

            /**
             * Creates a new ReleaseRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseRecord instance
             */
            static create(properties: otacast.v1.ReleaseRecord.$Shape): otacast.v1.ReleaseRecord & otacast.v1.ReleaseRecord.$Shape;
            static create(properties?: otacast.v1.ReleaseRecord.$Properties): otacast.v1.ReleaseRecord;

            /**
             * Encodes the specified ReleaseRecord message. Does not implicitly {@link otacast.v1.ReleaseRecord.verify|verify} messages.
             * @param message ReleaseRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ReleaseRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ReleaseRecord & otacast.v1.ReleaseRecord.$Shape} ReleaseRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ReleaseRecord & otacast.v1.ReleaseRecord.$Shape;
        }

        namespace ReleaseRecord {

            /** Properties of a ReleaseRecord. */
            interface $Properties {

                /** ReleaseRecord releaseId */
                releaseId?: (string|null);

                /** ReleaseRecord product */
                product?: (string|null);

                /** ReleaseRecord channel */
                channel?: (string|null);

                /** ReleaseRecord version */
                version?: (string|null);

                /** ReleaseRecord createdAtMs */
                createdAtMs?: (number|null);

                /** ReleaseRecord totalSize */
                totalSize?: (number|null);

                /** ReleaseRecord current */
                current?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseRecord. */
            type $Shape = otacast.v1.ReleaseRecord.$Properties;
        }

        /**
         * Properties of a ListReleasesResponse.
         * @deprecated Use otacast.v1.ListReleasesResponse.$Properties instead.
         */
        interface IListReleasesResponse extends otacast.v1.ListReleasesResponse.$Properties {
        }

        /** Represents a ListReleasesResponse. */
        class ListReleasesResponse {

            /**
             * Constructs a new ListReleasesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListReleasesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListReleasesResponse releases. */
            releases: otacast.v1.ReleaseRecord.$Properties[];

            /**
             * Creates a new ListReleasesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListReleasesResponse instance
             */
            static create(properties: otacast.v1.ListReleasesResponse.$Shape): otacast.v1.ListReleasesResponse & otacast.v1.ListReleasesResponse.$Shape;
            static create(properties?: otacast.v1.ListReleasesResponse.$Properties): otacast.v1.ListReleasesResponse;

            /**
             * Encodes the specified ListReleasesResponse message. Does not implicitly {@link otacast.v1.ListReleasesResponse.verify|verify} messages.
             * @param message ListReleasesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListReleasesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListReleasesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListReleasesResponse & otacast.v1.ListReleasesResponse.$Shape} ListReleasesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListReleasesResponse & otacast.v1.ListReleasesResponse.$Shape;
        }

        namespace ListReleasesResponse {

            /** Properties of a ListReleasesResponse. */
            interface $Properties {

                /** ListReleasesResponse releases */
                releases?: (otacast.v1.ReleaseRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListReleasesResponse. */
            type $Shape = otacast.v1.ListReleasesResponse.$Properties;
        }

        /**
         * Properties of a LabelDeviceRequest.
         * @deprecated Use otacast.v1.LabelDeviceRequest.$Properties instead.
         */
        interface ILabelDeviceRequest extends otacast.v1.LabelDeviceRequest.$Properties {
        }

        /** Represents a LabelDeviceRequest. */
        class LabelDeviceRequest {

            /**
             * Constructs a new LabelDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.LabelDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelDeviceRequest deviceId. */
            deviceId: string;

            /** LabelDeviceRequest labels. */
            labels: { [k: string]: string };

            /**
             * Creates a new LabelDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelDeviceRequest instance
             */
            static create(properties: otacast.v1.LabelDeviceRequest.$Shape): otacast.v1.LabelDeviceRequest & otacast.v1.LabelDeviceRequest.$Shape;
            static create(properties?: otacast.v1.LabelDeviceRequest.$Properties): otacast.v1.LabelDeviceRequest;

            /**
             * Encodes the specified LabelDeviceRequest message. Does not implicitly {@link otacast.v1.LabelDeviceRequest.verify|verify} messages.
             * @param message LabelDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.LabelDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.LabelDeviceRequest & otacast.v1.LabelDeviceRequest.$Shape} LabelDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.LabelDeviceRequest & otacast.v1.LabelDeviceRequest.$Shape;
        }

        namespace LabelDeviceRequest {

            /** Properties of a LabelDeviceRequest. */
            interface $Properties {

                /** LabelDeviceRequest deviceId */
                deviceId?: (string|null);

                /** LabelDeviceRequest labels */
                labels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelDeviceRequest. */
            type $Shape = otacast.v1.LabelDeviceRequest.$Properties;
        }

        /**
         * Properties of a LabelDeviceResponse.
         * @deprecated Use otacast.v1.LabelDeviceResponse.$Properties instead.
         */
        interface ILabelDeviceResponse extends otacast.v1.LabelDeviceResponse.$Properties {
        }

        /** Represents a LabelDeviceResponse. */
        class LabelDeviceResponse {

            /**
             * Constructs a new LabelDeviceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.LabelDeviceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelDeviceResponse labels. */
            labels: { [k: string]: string };

            /**
             * Creates a new LabelDeviceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelDeviceResponse instance
             */
            static create(properties: otacast.v1.LabelDeviceResponse.$Shape): otacast.v1.LabelDeviceResponse & otacast.v1.LabelDeviceResponse.$Shape;
            static create(properties?: otacast.v1.LabelDeviceResponse.$Properties): otacast.v1.LabelDeviceResponse;

            /**
             * Encodes the specified LabelDeviceResponse message. Does not implicitly {@link otacast.v1.LabelDeviceResponse.verify|verify} messages.
             * @param message LabelDeviceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.LabelDeviceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelDeviceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.LabelDeviceResponse & otacast.v1.LabelDeviceResponse.$Shape} LabelDeviceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.LabelDeviceResponse & otacast.v1.LabelDeviceResponse.$Shape;
        }

        namespace LabelDeviceResponse {

            /** Properties of a LabelDeviceResponse. */
            interface $Properties {

                /** LabelDeviceResponse labels */
                labels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelDeviceResponse. */
            type $Shape = otacast.v1.LabelDeviceResponse.$Properties;
        }

        /**
         * Properties of a RemoveDeviceRequest.
         * @deprecated Use otacast.v1.RemoveDeviceRequest.$Properties instead.
         */
        interface IRemoveDeviceRequest extends otacast.v1.RemoveDeviceRequest.$Properties {
        }

        /** Represents a RemoveDeviceRequest. */
        class RemoveDeviceRequest {

            /**
             * Constructs a new RemoveDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RemoveDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveDeviceRequest deviceId. */
            deviceId: string;

            /**
             * Creates a new RemoveDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveDeviceRequest instance
             */
            static create(properties: otacast.v1.RemoveDeviceRequest.$Shape): otacast.v1.RemoveDeviceRequest & otacast.v1.RemoveDeviceRequest.$Shape;
            static create(properties?: otacast.v1.RemoveDeviceRequest.$Properties): otacast.v1.RemoveDeviceRequest;

            /**
             * Encodes the specified RemoveDeviceRequest message. Does not implicitly {@link otacast.v1.RemoveDeviceRequest.verify|verify} messages.
             * @param message RemoveDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RemoveDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RemoveDeviceRequest & otacast.v1.RemoveDeviceRequest.$Shape} RemoveDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RemoveDeviceRequest & otacast.v1.RemoveDeviceRequest.$Shape;
        }

        namespace RemoveDeviceRequest {

            /** Properties of a RemoveDeviceRequest. */
            interface $Properties {

                /** RemoveDeviceRequest deviceId */
                deviceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveDeviceRequest. */
            type $Shape = otacast.v1.RemoveDeviceRequest.$Properties;
        }

        /**
         * Properties of a RemoveDeviceResponse.
         * @deprecated Use otacast.v1.RemoveDeviceResponse.$Properties instead.
         */
        interface IRemoveDeviceResponse extends otacast.v1.RemoveDeviceResponse.$Properties {
        }

        /** Represents a RemoveDeviceResponse. */
        class RemoveDeviceResponse {

            /**
             * Constructs a new RemoveDeviceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RemoveDeviceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RemoveDeviceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveDeviceResponse instance
             */
            static create(properties: otacast.v1.RemoveDeviceResponse.$Shape): otacast.v1.RemoveDeviceResponse & otacast.v1.RemoveDeviceResponse.$Shape;
            static create(properties?: otacast.v1.RemoveDeviceResponse.$Properties): otacast.v1.RemoveDeviceResponse;

            /**
             * Encodes the specified RemoveDeviceResponse message. Does not implicitly {@link otacast.v1.RemoveDeviceResponse.verify|verify} messages.
             * @param message RemoveDeviceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RemoveDeviceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveDeviceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RemoveDeviceResponse & otacast.v1.RemoveDeviceResponse.$Shape} RemoveDeviceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RemoveDeviceResponse & otacast.v1.RemoveDeviceResponse.$Shape;
        }

        namespace RemoveDeviceResponse {

            /** Properties of a RemoveDeviceResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveDeviceResponse. */
            type $Shape = otacast.v1.RemoveDeviceResponse.$Properties;
        }

        /**
         * Properties of a RotateDeviceTokenRequest.
         * @deprecated Use otacast.v1.RotateDeviceTokenRequest.$Properties instead.
         */
        interface IRotateDeviceTokenRequest extends otacast.v1.RotateDeviceTokenRequest.$Properties {
        }

        /** Represents a RotateDeviceTokenRequest. */
        class RotateDeviceTokenRequest {

            /**
             * Constructs a new RotateDeviceTokenRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RotateDeviceTokenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RotateDeviceTokenRequest deviceId. */
            deviceId: string;

            /**
             * Creates a new RotateDeviceTokenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RotateDeviceTokenRequest instance
             */
            static create(properties: otacast.v1.RotateDeviceTokenRequest.$Shape): otacast.v1.RotateDeviceTokenRequest & otacast.v1.RotateDeviceTokenRequest.$Shape;
            static create(properties?: otacast.v1.RotateDeviceTokenRequest.$Properties): otacast.v1.RotateDeviceTokenRequest;

            /**
             * Encodes the specified RotateDeviceTokenRequest message. Does not implicitly {@link otacast.v1.RotateDeviceTokenRequest.verify|verify} messages.
             * @param message RotateDeviceTokenRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RotateDeviceTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RotateDeviceTokenRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RotateDeviceTokenRequest & otacast.v1.RotateDeviceTokenRequest.$Shape} RotateDeviceTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RotateDeviceTokenRequest & otacast.v1.RotateDeviceTokenRequest.$Shape;
        }

        namespace RotateDeviceTokenRequest {

            /** Properties of a RotateDeviceTokenRequest. */
            interface $Properties {

                /** RotateDeviceTokenRequest deviceId */
                deviceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RotateDeviceTokenRequest. */
            type $Shape = otacast.v1.RotateDeviceTokenRequest.$Properties;
        }

        /**
         * Properties of a RotateDeviceTokenResponse.
         * @deprecated Use otacast.v1.RotateDeviceTokenResponse.$Properties instead.
         */
        interface IRotateDeviceTokenResponse extends otacast.v1.RotateDeviceTokenResponse.$Properties {
        }

        /** Represents a RotateDeviceTokenResponse. */
        class RotateDeviceTokenResponse {

            /**
             * Constructs a new RotateDeviceTokenResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RotateDeviceTokenResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RotateDeviceTokenResponse token. */
            token: string;

            /**
             * Creates a new RotateDeviceTokenResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RotateDeviceTokenResponse instance
             */
            static create(properties: otacast.v1.RotateDeviceTokenResponse.$Shape): otacast.v1.RotateDeviceTokenResponse & otacast.v1.RotateDeviceTokenResponse.$Shape;
            static create(properties?: otacast.v1.RotateDeviceTokenResponse.$Properties): otacast.v1.RotateDeviceTokenResponse;

            /**
             * Encodes the specified RotateDeviceTokenResponse message. Does not implicitly {@link otacast.v1.RotateDeviceTokenResponse.verify|verify} messages.
             * @param message RotateDeviceTokenResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RotateDeviceTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RotateDeviceTokenResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RotateDeviceTokenResponse & otacast.v1.RotateDeviceTokenResponse.$Shape} RotateDeviceTokenResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RotateDeviceTokenResponse & otacast.v1.RotateDeviceTokenResponse.$Shape;
        }

        namespace RotateDeviceTokenResponse {

            /** Properties of a RotateDeviceTokenResponse. */
            interface $Properties {

                /** RotateDeviceTokenResponse token */
                token?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RotateDeviceTokenResponse. */
            type $Shape = otacast.v1.RotateDeviceTokenResponse.$Properties;
        }

        /**
         * Properties of a StartRolloutRequest.
         * @deprecated Use otacast.v1.StartRolloutRequest.$Properties instead.
         */
        interface IStartRolloutRequest extends otacast.v1.StartRolloutRequest.$Properties {
        }

        /** Represents a StartRolloutRequest. */
        class StartRolloutRequest {

            /**
             * Constructs a new StartRolloutRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.StartRolloutRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartRolloutRequest product. */
            product: string;

            /** StartRolloutRequest channel. */
            channel: string;

            /** StartRolloutRequest version. */
            version: string;

            /** StartRolloutRequest select. */
            select: { [k: string]: string };

            /** StartRolloutRequest waves. */
            waves: number[];

            /** StartRolloutRequest maxFailureRate. */
            maxFailureRate: number;

            /** StartRolloutRequest minSample. */
            minSample: number;

            /** StartRolloutRequest waveWaitMs. */
            waveWaitMs: number;

            /** StartRolloutRequest confirmAfterMs. */
            confirmAfterMs: number;

            /** StartRolloutRequest deviceTimeoutMs. */
            deviceTimeoutMs: number;

            /** StartRolloutRequest maxConcurrent. */
            maxConcurrent: number;

            /** StartRolloutRequest supersede. */
            supersede: boolean;

            /**
             * Creates a new StartRolloutRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartRolloutRequest instance
             */
            static create(properties: otacast.v1.StartRolloutRequest.$Shape): otacast.v1.StartRolloutRequest & otacast.v1.StartRolloutRequest.$Shape;
            static create(properties?: otacast.v1.StartRolloutRequest.$Properties): otacast.v1.StartRolloutRequest;

            /**
             * Encodes the specified StartRolloutRequest message. Does not implicitly {@link otacast.v1.StartRolloutRequest.verify|verify} messages.
             * @param message StartRolloutRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.StartRolloutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartRolloutRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.StartRolloutRequest & otacast.v1.StartRolloutRequest.$Shape} StartRolloutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.StartRolloutRequest & otacast.v1.StartRolloutRequest.$Shape;
        }

        namespace StartRolloutRequest {

            /** Properties of a StartRolloutRequest. */
            interface $Properties {

                /** StartRolloutRequest product */
                product?: (string|null);

                /** StartRolloutRequest channel */
                channel?: (string|null);

                /** StartRolloutRequest version */
                version?: (string|null);

                /** StartRolloutRequest select */
                select?: ({ [k: string]: string }|null);

                /** StartRolloutRequest waves */
                waves?: (number[]|null);

                /** StartRolloutRequest maxFailureRate */
                maxFailureRate?: (number|null);

                /** StartRolloutRequest minSample */
                minSample?: (number|null);

                /** StartRolloutRequest waveWaitMs */
                waveWaitMs?: (number|null);

                /** StartRolloutRequest confirmAfterMs */
                confirmAfterMs?: (number|null);

                /** StartRolloutRequest deviceTimeoutMs */
                deviceTimeoutMs?: (number|null);

                /** StartRolloutRequest maxConcurrent */
                maxConcurrent?: (number|null);

                /** StartRolloutRequest supersede */
                supersede?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartRolloutRequest. */
            type $Shape = otacast.v1.StartRolloutRequest.$Properties;
        }

        /** RolloutAction enum. */
        enum RolloutAction {

            /** ROLLOUT_ACTION_UNSPECIFIED value */
            ROLLOUT_ACTION_UNSPECIFIED = 0,

            /** ROLLOUT_ACTION_PAUSE value */
            ROLLOUT_ACTION_PAUSE = 1,

            /** ROLLOUT_ACTION_RESUME value */
            ROLLOUT_ACTION_RESUME = 2,

            /** ROLLOUT_ACTION_ABORT value */
            ROLLOUT_ACTION_ABORT = 3
        }

        /**
         * Properties of a RolloutActionRequest.
         * @deprecated Use otacast.v1.RolloutActionRequest.$Properties instead.
         */
        interface IRolloutActionRequest extends otacast.v1.RolloutActionRequest.$Properties {
        }

        /** Represents a RolloutActionRequest. */
        class RolloutActionRequest {

            /**
             * Constructs a new RolloutActionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RolloutActionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RolloutActionRequest rolloutId. */
            rolloutId: string;

            /** RolloutActionRequest action. */
            action: otacast.v1.RolloutAction;

            /**
             * Creates a new RolloutActionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RolloutActionRequest instance
             */
            static create(properties: otacast.v1.RolloutActionRequest.$Shape): otacast.v1.RolloutActionRequest & otacast.v1.RolloutActionRequest.$Shape;
            static create(properties?: otacast.v1.RolloutActionRequest.$Properties): otacast.v1.RolloutActionRequest;

            /**
             * Encodes the specified RolloutActionRequest message. Does not implicitly {@link otacast.v1.RolloutActionRequest.verify|verify} messages.
             * @param message RolloutActionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RolloutActionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RolloutActionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutActionRequest & otacast.v1.RolloutActionRequest.$Shape} RolloutActionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RolloutActionRequest & otacast.v1.RolloutActionRequest.$Shape;
        }

        namespace RolloutActionRequest {

            /** Properties of a RolloutActionRequest. */
            interface $Properties {

                /** RolloutActionRequest rolloutId */
                rolloutId?: (string|null);

                /** RolloutActionRequest action */
                action?: (otacast.v1.RolloutAction|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RolloutActionRequest. */
            type $Shape = otacast.v1.RolloutActionRequest.$Properties;
        }

        /**
         * Properties of a GetRolloutRequest.
         * @deprecated Use otacast.v1.GetRolloutRequest.$Properties instead.
         */
        interface IGetRolloutRequest extends otacast.v1.GetRolloutRequest.$Properties {
        }

        /** Represents a GetRolloutRequest. */
        class GetRolloutRequest {

            /**
             * Constructs a new GetRolloutRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.GetRolloutRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRolloutRequest rolloutId. */
            rolloutId: string;

            /**
             * Creates a new GetRolloutRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRolloutRequest instance
             */
            static create(properties: otacast.v1.GetRolloutRequest.$Shape): otacast.v1.GetRolloutRequest & otacast.v1.GetRolloutRequest.$Shape;
            static create(properties?: otacast.v1.GetRolloutRequest.$Properties): otacast.v1.GetRolloutRequest;

            /**
             * Encodes the specified GetRolloutRequest message. Does not implicitly {@link otacast.v1.GetRolloutRequest.verify|verify} messages.
             * @param message GetRolloutRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.GetRolloutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRolloutRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.GetRolloutRequest & otacast.v1.GetRolloutRequest.$Shape} GetRolloutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.GetRolloutRequest & otacast.v1.GetRolloutRequest.$Shape;
        }

        namespace GetRolloutRequest {

            /** Properties of a GetRolloutRequest. */
            interface $Properties {

                /** GetRolloutRequest rolloutId */
                rolloutId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRolloutRequest. */
            type $Shape = otacast.v1.GetRolloutRequest.$Properties;
        }

        /**
         * Properties of a ListRolloutsRequest.
         * @deprecated Use otacast.v1.ListRolloutsRequest.$Properties instead.
         */
        interface IListRolloutsRequest extends otacast.v1.ListRolloutsRequest.$Properties {
        }

        /** Represents a ListRolloutsRequest. */
        class ListRolloutsRequest {

            /**
             * Constructs a new ListRolloutsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListRolloutsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRolloutsRequest product. */
            product: string;

            /**
             * Creates a new ListRolloutsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRolloutsRequest instance
             */
            static create(properties: otacast.v1.ListRolloutsRequest.$Shape): otacast.v1.ListRolloutsRequest & otacast.v1.ListRolloutsRequest.$Shape;
            static create(properties?: otacast.v1.ListRolloutsRequest.$Properties): otacast.v1.ListRolloutsRequest;

            /**
             * Encodes the specified ListRolloutsRequest message. Does not implicitly {@link otacast.v1.ListRolloutsRequest.verify|verify} messages.
             * @param message ListRolloutsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListRolloutsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRolloutsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListRolloutsRequest & otacast.v1.ListRolloutsRequest.$Shape} ListRolloutsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListRolloutsRequest & otacast.v1.ListRolloutsRequest.$Shape;
        }

        namespace ListRolloutsRequest {

            /** Properties of a ListRolloutsRequest. */
            interface $Properties {

                /** ListRolloutsRequest product */
                product?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRolloutsRequest. */
            type $Shape = otacast.v1.ListRolloutsRequest.$Properties;
        }

        /**
         * Properties of a RolloutWave.
         * @deprecated Use otacast.v1.RolloutWave.$Properties instead.
         */
        interface IRolloutWave extends otacast.v1.RolloutWave.$Properties {
        }

        /** Represents a RolloutWave. */
        class RolloutWave {

            /**
             * Constructs a new RolloutWave.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RolloutWave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RolloutWave percent. */
            percent: number;

            /** RolloutWave devices. */
            devices: number;

            /**
             * Creates a new RolloutWave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RolloutWave instance
             */
            static create(properties: otacast.v1.RolloutWave.$Shape): otacast.v1.RolloutWave & otacast.v1.RolloutWave.$Shape;
            static create(properties?: otacast.v1.RolloutWave.$Properties): otacast.v1.RolloutWave;

            /**
             * Encodes the specified RolloutWave message. Does not implicitly {@link otacast.v1.RolloutWave.verify|verify} messages.
             * @param message RolloutWave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RolloutWave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RolloutWave message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutWave & otacast.v1.RolloutWave.$Shape} RolloutWave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RolloutWave & otacast.v1.RolloutWave.$Shape;
        }

        namespace RolloutWave {

            /** Properties of a RolloutWave. */
            interface $Properties {

                /** RolloutWave percent */
                percent?: (number|null);

                /** RolloutWave devices */
                devices?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RolloutWave. */
            type $Shape = otacast.v1.RolloutWave.$Properties;
        }

        /**
         * Properties of a RolloutCounts.
         * @deprecated Use otacast.v1.RolloutCounts.$Properties instead.
         */
        interface IRolloutCounts extends otacast.v1.RolloutCounts.$Properties {
        }

        /** Represents a RolloutCounts. */
        class RolloutCounts {

            /**
             * Constructs a new RolloutCounts.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RolloutCounts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RolloutCounts targeted. */
            targeted: number;

            /** RolloutCounts succeeded. */
            succeeded: number;

            /** RolloutCounts failed. */
            failed: number;

            /** RolloutCounts inProgress. */
            inProgress: number;

            /** RolloutCounts pending. */
            pending: number;

            /**
             * Creates a new RolloutCounts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RolloutCounts instance
             */
            static create(properties: otacast.v1.RolloutCounts.$Shape): otacast.v1.RolloutCounts & otacast.v1.RolloutCounts.$Shape;
            static create(properties?: otacast.v1.RolloutCounts.$Properties): otacast.v1.RolloutCounts;

            /**
             * Encodes the specified RolloutCounts message. Does not implicitly {@link otacast.v1.RolloutCounts.verify|verify} messages.
             * @param message RolloutCounts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RolloutCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RolloutCounts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutCounts & otacast.v1.RolloutCounts.$Shape} RolloutCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RolloutCounts & otacast.v1.RolloutCounts.$Shape;
        }

        namespace RolloutCounts {

            /** Properties of a RolloutCounts. */
            interface $Properties {

                /** RolloutCounts targeted */
                targeted?: (number|null);

                /** RolloutCounts succeeded */
                succeeded?: (number|null);

                /** RolloutCounts failed */
                failed?: (number|null);

                /** RolloutCounts inProgress */
                inProgress?: (number|null);

                /** RolloutCounts pending */
                pending?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RolloutCounts. */
            type $Shape = otacast.v1.RolloutCounts.$Properties;
        }

        /**
         * Properties of a RolloutEvent.
         * @deprecated Use otacast.v1.RolloutEvent.$Properties instead.
         */
        interface IRolloutEvent extends otacast.v1.RolloutEvent.$Properties {
        }

        /** Represents a RolloutEvent. */
        class RolloutEvent {

            /**
             * Constructs a new RolloutEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RolloutEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RolloutEvent atMs. */
            atMs: number;

            /** RolloutEvent kind. */
            kind: string;

            /** RolloutEvent deviceId. */
            deviceId: string;

            /** RolloutEvent detail. */
            detail: string;

            /**
             * Creates a new RolloutEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RolloutEvent instance
             */
            static create(properties: otacast.v1.RolloutEvent.$Shape): otacast.v1.RolloutEvent & otacast.v1.RolloutEvent.$Shape;
            static create(properties?: otacast.v1.RolloutEvent.$Properties): otacast.v1.RolloutEvent;

            /**
             * Encodes the specified RolloutEvent message. Does not implicitly {@link otacast.v1.RolloutEvent.verify|verify} messages.
             * @param message RolloutEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RolloutEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RolloutEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutEvent & otacast.v1.RolloutEvent.$Shape} RolloutEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RolloutEvent & otacast.v1.RolloutEvent.$Shape;
        }

        namespace RolloutEvent {

            /** Properties of a RolloutEvent. */
            interface $Properties {

                /** RolloutEvent atMs */
                atMs?: (number|null);

                /** RolloutEvent kind */
                kind?: (string|null);

                /** RolloutEvent deviceId */
                deviceId?: (string|null);

                /** RolloutEvent detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RolloutEvent. */
            type $Shape = otacast.v1.RolloutEvent.$Properties;
        }

        /**
         * Properties of a RolloutTargetRecord.
         * @deprecated Use otacast.v1.RolloutTargetRecord.$Properties instead.
         */
        interface IRolloutTargetRecord extends otacast.v1.RolloutTargetRecord.$Properties {
        }

        /** Represents a RolloutTargetRecord. */
        class RolloutTargetRecord {

            /**
             * Constructs a new RolloutTargetRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RolloutTargetRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RolloutTargetRecord deviceId. */
            deviceId: string;

            /** RolloutTargetRecord wave. */
            wave: number;

            /** RolloutTargetRecord phase. */
            phase: string;

            /** RolloutTargetRecord reason. */
            reason: string;

            /**
             * Creates a new RolloutTargetRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RolloutTargetRecord instance
             */
            static create(properties: otacast.v1.RolloutTargetRecord.$Shape): otacast.v1.RolloutTargetRecord & otacast.v1.RolloutTargetRecord.$Shape;
            static create(properties?: otacast.v1.RolloutTargetRecord.$Properties): otacast.v1.RolloutTargetRecord;

            /**
             * Encodes the specified RolloutTargetRecord message. Does not implicitly {@link otacast.v1.RolloutTargetRecord.verify|verify} messages.
             * @param message RolloutTargetRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RolloutTargetRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RolloutTargetRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutTargetRecord & otacast.v1.RolloutTargetRecord.$Shape} RolloutTargetRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RolloutTargetRecord & otacast.v1.RolloutTargetRecord.$Shape;
        }

        namespace RolloutTargetRecord {

            /** Properties of a RolloutTargetRecord. */
            interface $Properties {

                /** RolloutTargetRecord deviceId */
                deviceId?: (string|null);

                /** RolloutTargetRecord wave */
                wave?: (number|null);

                /** RolloutTargetRecord phase */
                phase?: (string|null);

                /** RolloutTargetRecord reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RolloutTargetRecord. */
            type $Shape = otacast.v1.RolloutTargetRecord.$Properties;
        }

        /**
         * Properties of a RolloutStatus.
         * @deprecated Use otacast.v1.RolloutStatus.$Properties instead.
         */
        interface IRolloutStatus extends otacast.v1.RolloutStatus.$Properties {
        }

        /** Represents a RolloutStatus. */
        class RolloutStatus {

            /**
             * Constructs a new RolloutStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RolloutStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RolloutStatus id. */
            id: string;

            /** RolloutStatus product. */
            product: string;

            /** RolloutStatus channel. */
            channel: string;

            /** RolloutStatus version. */
            version: string;

            /** RolloutStatus releaseId. */
            releaseId: string;

            /** RolloutStatus state. */
            state: string;

            /** RolloutStatus wave. */
            wave: number;

            /** RolloutStatus waves. */
            waves: otacast.v1.RolloutWave.$Properties[];

            /** RolloutStatus counts. */
            counts?: (otacast.v1.RolloutCounts.$Properties|null);

            /** RolloutStatus haltReason. */
            haltReason: string;

            /** RolloutStatus maxFailureRate. */
            maxFailureRate: number;

            /** RolloutStatus createdAtMs. */
            createdAtMs: number;

            /** RolloutStatus updatedAtMs. */
            updatedAtMs: number;

            /** RolloutStatus history. */
            history: otacast.v1.RolloutEvent.$Properties[];

            /** RolloutStatus targets. */
            targets: otacast.v1.RolloutTargetRecord.$Properties[];

            /** RolloutStatus select. */
            select: { [k: string]: string };

            /**
             * Creates a new RolloutStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RolloutStatus instance
             */
            static create(properties: otacast.v1.RolloutStatus.$Shape): otacast.v1.RolloutStatus & otacast.v1.RolloutStatus.$Shape;
            static create(properties?: otacast.v1.RolloutStatus.$Properties): otacast.v1.RolloutStatus;

            /**
             * Encodes the specified RolloutStatus message. Does not implicitly {@link otacast.v1.RolloutStatus.verify|verify} messages.
             * @param message RolloutStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RolloutStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RolloutStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutStatus & otacast.v1.RolloutStatus.$Shape} RolloutStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RolloutStatus & otacast.v1.RolloutStatus.$Shape;
        }

        namespace RolloutStatus {

            /** Properties of a RolloutStatus. */
            interface $Properties {

                /** RolloutStatus id */
                id?: (string|null);

                /** RolloutStatus product */
                product?: (string|null);

                /** RolloutStatus channel */
                channel?: (string|null);

                /** RolloutStatus version */
                version?: (string|null);

                /** RolloutStatus releaseId */
                releaseId?: (string|null);

                /** RolloutStatus state */
                state?: (string|null);

                /** RolloutStatus wave */
                wave?: (number|null);

                /** RolloutStatus waves */
                waves?: (otacast.v1.RolloutWave.$Properties[]|null);

                /** RolloutStatus counts */
                counts?: (otacast.v1.RolloutCounts.$Properties|null);

                /** RolloutStatus haltReason */
                haltReason?: (string|null);

                /** RolloutStatus maxFailureRate */
                maxFailureRate?: (number|null);

                /** RolloutStatus createdAtMs */
                createdAtMs?: (number|null);

                /** RolloutStatus updatedAtMs */
                updatedAtMs?: (number|null);

                /** RolloutStatus history */
                history?: (otacast.v1.RolloutEvent.$Properties[]|null);

                /** RolloutStatus targets */
                targets?: (otacast.v1.RolloutTargetRecord.$Properties[]|null);

                /** RolloutStatus select */
                select?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RolloutStatus. */
            type $Shape = otacast.v1.RolloutStatus.$Properties;
        }

        /**
         * Properties of a ListRolloutsResponse.
         * @deprecated Use otacast.v1.ListRolloutsResponse.$Properties instead.
         */
        interface IListRolloutsResponse extends otacast.v1.ListRolloutsResponse.$Properties {
        }

        /** Represents a ListRolloutsResponse. */
        class ListRolloutsResponse {

            /**
             * Constructs a new ListRolloutsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListRolloutsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRolloutsResponse rollouts. */
            rollouts: otacast.v1.RolloutStatus.$Properties[];

            /**
             * Creates a new ListRolloutsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRolloutsResponse instance
             */
            static create(properties: otacast.v1.ListRolloutsResponse.$Shape): otacast.v1.ListRolloutsResponse & otacast.v1.ListRolloutsResponse.$Shape;
            static create(properties?: otacast.v1.ListRolloutsResponse.$Properties): otacast.v1.ListRolloutsResponse;

            /**
             * Encodes the specified ListRolloutsResponse message. Does not implicitly {@link otacast.v1.ListRolloutsResponse.verify|verify} messages.
             * @param message ListRolloutsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListRolloutsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRolloutsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListRolloutsResponse & otacast.v1.ListRolloutsResponse.$Shape} ListRolloutsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListRolloutsResponse & otacast.v1.ListRolloutsResponse.$Shape;
        }

        namespace ListRolloutsResponse {

            /** Properties of a ListRolloutsResponse. */
            interface $Properties {

                /** ListRolloutsResponse rollouts */
                rollouts?: (otacast.v1.RolloutStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRolloutsResponse. */
            type $Shape = otacast.v1.ListRolloutsResponse.$Properties;
        }

        /**
         * Properties of a YankReleaseRequest.
         * @deprecated Use otacast.v1.YankReleaseRequest.$Properties instead.
         */
        interface IYankReleaseRequest extends otacast.v1.YankReleaseRequest.$Properties {
        }

        /** Represents a YankReleaseRequest. */
        class YankReleaseRequest {

            /**
             * Constructs a new YankReleaseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.YankReleaseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** YankReleaseRequest releaseId. */
            releaseId: string;

            /**
             * Creates a new YankReleaseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns YankReleaseRequest instance
             */
            static create(properties: otacast.v1.YankReleaseRequest.$Shape): otacast.v1.YankReleaseRequest & otacast.v1.YankReleaseRequest.$Shape;
            static create(properties?: otacast.v1.YankReleaseRequest.$Properties): otacast.v1.YankReleaseRequest;

            /**
             * Encodes the specified YankReleaseRequest message. Does not implicitly {@link otacast.v1.YankReleaseRequest.verify|verify} messages.
             * @param message YankReleaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.YankReleaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a YankReleaseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.YankReleaseRequest & otacast.v1.YankReleaseRequest.$Shape} YankReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.YankReleaseRequest & otacast.v1.YankReleaseRequest.$Shape;
        }

        namespace YankReleaseRequest {

            /** Properties of a YankReleaseRequest. */
            interface $Properties {

                /** YankReleaseRequest releaseId */
                releaseId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a YankReleaseRequest. */
            type $Shape = otacast.v1.YankReleaseRequest.$Properties;
        }

        /**
         * Properties of a YankReleaseResponse.
         * @deprecated Use otacast.v1.YankReleaseResponse.$Properties instead.
         */
        interface IYankReleaseResponse extends otacast.v1.YankReleaseResponse.$Properties {
        }

        /** Represents a YankReleaseResponse. */
        class YankReleaseResponse {

            /**
             * Constructs a new YankReleaseResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.YankReleaseResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** YankReleaseResponse rolloutId. */
            rolloutId: string;

            /**
             * Creates a new YankReleaseResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns YankReleaseResponse instance
             */
            static create(properties: otacast.v1.YankReleaseResponse.$Shape): otacast.v1.YankReleaseResponse & otacast.v1.YankReleaseResponse.$Shape;
            static create(properties?: otacast.v1.YankReleaseResponse.$Properties): otacast.v1.YankReleaseResponse;

            /**
             * Encodes the specified YankReleaseResponse message. Does not implicitly {@link otacast.v1.YankReleaseResponse.verify|verify} messages.
             * @param message YankReleaseResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.YankReleaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a YankReleaseResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.YankReleaseResponse & otacast.v1.YankReleaseResponse.$Shape} YankReleaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.YankReleaseResponse & otacast.v1.YankReleaseResponse.$Shape;
        }

        namespace YankReleaseResponse {

            /** Properties of a YankReleaseResponse. */
            interface $Properties {

                /** YankReleaseResponse rolloutId */
                rolloutId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a YankReleaseResponse. */
            type $Shape = otacast.v1.YankReleaseResponse.$Properties;
        }

        /**
         * Properties of a PublishKeyringRequest.
         * @deprecated Use otacast.v1.PublishKeyringRequest.$Properties instead.
         */
        interface IPublishKeyringRequest extends otacast.v1.PublishKeyringRequest.$Properties {
        }

        /** Represents a PublishKeyringRequest. */
        class PublishKeyringRequest {

            /**
             * Constructs a new PublishKeyringRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PublishKeyringRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishKeyringRequest product. */
            product: string;

            /** PublishKeyringRequest signedKeyring. */
            signedKeyring: Uint8Array;

            /**
             * Creates a new PublishKeyringRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishKeyringRequest instance
             */
            static create(properties: otacast.v1.PublishKeyringRequest.$Shape): otacast.v1.PublishKeyringRequest & otacast.v1.PublishKeyringRequest.$Shape;
            static create(properties?: otacast.v1.PublishKeyringRequest.$Properties): otacast.v1.PublishKeyringRequest;

            /**
             * Encodes the specified PublishKeyringRequest message. Does not implicitly {@link otacast.v1.PublishKeyringRequest.verify|verify} messages.
             * @param message PublishKeyringRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PublishKeyringRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishKeyringRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PublishKeyringRequest & otacast.v1.PublishKeyringRequest.$Shape} PublishKeyringRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PublishKeyringRequest & otacast.v1.PublishKeyringRequest.$Shape;
        }

        namespace PublishKeyringRequest {

            /** Properties of a PublishKeyringRequest. */
            interface $Properties {

                /** PublishKeyringRequest product */
                product?: (string|null);

                /** PublishKeyringRequest signedKeyring */
                signedKeyring?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishKeyringRequest. */
            type $Shape = otacast.v1.PublishKeyringRequest.$Properties;
        }

        /**
         * Properties of a PublishKeyringResponse.
         * @deprecated Use otacast.v1.PublishKeyringResponse.$Properties instead.
         */
        interface IPublishKeyringResponse extends otacast.v1.PublishKeyringResponse.$Properties {
        }

        /** Represents a PublishKeyringResponse. */
        class PublishKeyringResponse {

            /**
             * Constructs a new PublishKeyringResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PublishKeyringResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishKeyringResponse version. */
            version: number;

            /**
             * Creates a new PublishKeyringResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishKeyringResponse instance
             */
            static create(properties: otacast.v1.PublishKeyringResponse.$Shape): otacast.v1.PublishKeyringResponse & otacast.v1.PublishKeyringResponse.$Shape;
            static create(properties?: otacast.v1.PublishKeyringResponse.$Properties): otacast.v1.PublishKeyringResponse;

            /**
             * Encodes the specified PublishKeyringResponse message. Does not implicitly {@link otacast.v1.PublishKeyringResponse.verify|verify} messages.
             * @param message PublishKeyringResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PublishKeyringResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishKeyringResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PublishKeyringResponse & otacast.v1.PublishKeyringResponse.$Shape} PublishKeyringResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PublishKeyringResponse & otacast.v1.PublishKeyringResponse.$Shape;
        }

        namespace PublishKeyringResponse {

            /** Properties of a PublishKeyringResponse. */
            interface $Properties {

                /** PublishKeyringResponse version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishKeyringResponse. */
            type $Shape = otacast.v1.PublishKeyringResponse.$Properties;
        }

        /**
         * Properties of an AddPrincipalRequest.
         * @deprecated Use otacast.v1.AddPrincipalRequest.$Properties instead.
         */
        interface IAddPrincipalRequest extends otacast.v1.AddPrincipalRequest.$Properties {
        }

        /** Represents an AddPrincipalRequest. */
        class AddPrincipalRequest {

            /**
             * Constructs a new AddPrincipalRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.AddPrincipalRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddPrincipalRequest name. */
            name: string;

            /** AddPrincipalRequest role. */
            role: string;

            /** AddPrincipalRequest products. */
            products: string[];

            /** AddPrincipalRequest force. */
            force: boolean;

            /**
             * Creates a new AddPrincipalRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddPrincipalRequest instance
             */
            static create(properties: otacast.v1.AddPrincipalRequest.$Shape): otacast.v1.AddPrincipalRequest & otacast.v1.AddPrincipalRequest.$Shape;
            static create(properties?: otacast.v1.AddPrincipalRequest.$Properties): otacast.v1.AddPrincipalRequest;

            /**
             * Encodes the specified AddPrincipalRequest message. Does not implicitly {@link otacast.v1.AddPrincipalRequest.verify|verify} messages.
             * @param message AddPrincipalRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.AddPrincipalRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddPrincipalRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.AddPrincipalRequest & otacast.v1.AddPrincipalRequest.$Shape} AddPrincipalRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.AddPrincipalRequest & otacast.v1.AddPrincipalRequest.$Shape;
        }

        namespace AddPrincipalRequest {

            /** Properties of an AddPrincipalRequest. */
            interface $Properties {

                /** AddPrincipalRequest name */
                name?: (string|null);

                /** AddPrincipalRequest role */
                role?: (string|null);

                /** AddPrincipalRequest products */
                products?: (string[]|null);

                /** AddPrincipalRequest force */
                force?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddPrincipalRequest. */
            type $Shape = otacast.v1.AddPrincipalRequest.$Properties;
        }

        /**
         * Properties of an AddPrincipalResponse.
         * @deprecated Use otacast.v1.AddPrincipalResponse.$Properties instead.
         */
        interface IAddPrincipalResponse extends otacast.v1.AddPrincipalResponse.$Properties {
        }

        /** Represents an AddPrincipalResponse. */
        class AddPrincipalResponse {

            /**
             * Constructs a new AddPrincipalResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.AddPrincipalResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddPrincipalResponse token. */
            token: string;

            /**
             * Creates a new AddPrincipalResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddPrincipalResponse instance
             */
            static create(properties: otacast.v1.AddPrincipalResponse.$Shape): otacast.v1.AddPrincipalResponse & otacast.v1.AddPrincipalResponse.$Shape;
            static create(properties?: otacast.v1.AddPrincipalResponse.$Properties): otacast.v1.AddPrincipalResponse;

            /**
             * Encodes the specified AddPrincipalResponse message. Does not implicitly {@link otacast.v1.AddPrincipalResponse.verify|verify} messages.
             * @param message AddPrincipalResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.AddPrincipalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddPrincipalResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.AddPrincipalResponse & otacast.v1.AddPrincipalResponse.$Shape} AddPrincipalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.AddPrincipalResponse & otacast.v1.AddPrincipalResponse.$Shape;
        }

        namespace AddPrincipalResponse {

            /** Properties of an AddPrincipalResponse. */
            interface $Properties {

                /** AddPrincipalResponse token */
                token?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddPrincipalResponse. */
            type $Shape = otacast.v1.AddPrincipalResponse.$Properties;
        }

        /**
         * Properties of a ListPrincipalsRequest.
         * @deprecated Use otacast.v1.ListPrincipalsRequest.$Properties instead.
         */
        interface IListPrincipalsRequest extends otacast.v1.ListPrincipalsRequest.$Properties {
        }

        /** Represents a ListPrincipalsRequest. */
        class ListPrincipalsRequest {

            /**
             * Constructs a new ListPrincipalsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListPrincipalsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListPrincipalsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPrincipalsRequest instance
             */
            static create(properties: otacast.v1.ListPrincipalsRequest.$Shape): otacast.v1.ListPrincipalsRequest & otacast.v1.ListPrincipalsRequest.$Shape;
            static create(properties?: otacast.v1.ListPrincipalsRequest.$Properties): otacast.v1.ListPrincipalsRequest;

            /**
             * Encodes the specified ListPrincipalsRequest message. Does not implicitly {@link otacast.v1.ListPrincipalsRequest.verify|verify} messages.
             * @param message ListPrincipalsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListPrincipalsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPrincipalsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListPrincipalsRequest & otacast.v1.ListPrincipalsRequest.$Shape} ListPrincipalsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListPrincipalsRequest & otacast.v1.ListPrincipalsRequest.$Shape;
        }

        namespace ListPrincipalsRequest {

            /** Properties of a ListPrincipalsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPrincipalsRequest. */
            type $Shape = otacast.v1.ListPrincipalsRequest.$Properties;
        }

        /**
         * Properties of a PrincipalRecord.
         * @deprecated Use otacast.v1.PrincipalRecord.$Properties instead.
         */
        interface IPrincipalRecord extends otacast.v1.PrincipalRecord.$Properties {
        }

        /** Represents a PrincipalRecord. */
        class PrincipalRecord {

            /**
             * Constructs a new PrincipalRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PrincipalRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrincipalRecord name. */
            name: string;

            /** PrincipalRecord role. */
            role: string;

            /** PrincipalRecord products. */
            products: string[];

            /** PrincipalRecord createdAtMs. */
            createdAtMs: number;

            /**
             * Creates a new PrincipalRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrincipalRecord instance
             */
            static create(properties: otacast.v1.PrincipalRecord.$Shape): otacast.v1.PrincipalRecord & otacast.v1.PrincipalRecord.$Shape;
            static create(properties?: otacast.v1.PrincipalRecord.$Properties): otacast.v1.PrincipalRecord;

            /**
             * Encodes the specified PrincipalRecord message. Does not implicitly {@link otacast.v1.PrincipalRecord.verify|verify} messages.
             * @param message PrincipalRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PrincipalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrincipalRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PrincipalRecord & otacast.v1.PrincipalRecord.$Shape} PrincipalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PrincipalRecord & otacast.v1.PrincipalRecord.$Shape;
        }

        namespace PrincipalRecord {

            /** Properties of a PrincipalRecord. */
            interface $Properties {

                /** PrincipalRecord name */
                name?: (string|null);

                /** PrincipalRecord role */
                role?: (string|null);

                /** PrincipalRecord products */
                products?: (string[]|null);

                /** PrincipalRecord createdAtMs */
                createdAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrincipalRecord. */
            type $Shape = otacast.v1.PrincipalRecord.$Properties;
        }

        /**
         * Properties of a ListPrincipalsResponse.
         * @deprecated Use otacast.v1.ListPrincipalsResponse.$Properties instead.
         */
        interface IListPrincipalsResponse extends otacast.v1.ListPrincipalsResponse.$Properties {
        }

        /** Represents a ListPrincipalsResponse. */
        class ListPrincipalsResponse {

            /**
             * Constructs a new ListPrincipalsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListPrincipalsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPrincipalsResponse principals. */
            principals: otacast.v1.PrincipalRecord.$Properties[];

            /**
             * Creates a new ListPrincipalsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPrincipalsResponse instance
             */
            static create(properties: otacast.v1.ListPrincipalsResponse.$Shape): otacast.v1.ListPrincipalsResponse & otacast.v1.ListPrincipalsResponse.$Shape;
            static create(properties?: otacast.v1.ListPrincipalsResponse.$Properties): otacast.v1.ListPrincipalsResponse;

            /**
             * Encodes the specified ListPrincipalsResponse message. Does not implicitly {@link otacast.v1.ListPrincipalsResponse.verify|verify} messages.
             * @param message ListPrincipalsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListPrincipalsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPrincipalsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListPrincipalsResponse & otacast.v1.ListPrincipalsResponse.$Shape} ListPrincipalsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListPrincipalsResponse & otacast.v1.ListPrincipalsResponse.$Shape;
        }

        namespace ListPrincipalsResponse {

            /** Properties of a ListPrincipalsResponse. */
            interface $Properties {

                /** ListPrincipalsResponse principals */
                principals?: (otacast.v1.PrincipalRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPrincipalsResponse. */
            type $Shape = otacast.v1.ListPrincipalsResponse.$Properties;
        }

        /**
         * Properties of a RotatePrincipalTokenRequest.
         * @deprecated Use otacast.v1.RotatePrincipalTokenRequest.$Properties instead.
         */
        interface IRotatePrincipalTokenRequest extends otacast.v1.RotatePrincipalTokenRequest.$Properties {
        }

        /** Represents a RotatePrincipalTokenRequest. */
        class RotatePrincipalTokenRequest {

            /**
             * Constructs a new RotatePrincipalTokenRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RotatePrincipalTokenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RotatePrincipalTokenRequest name. */
            name: string;

            /**
             * Creates a new RotatePrincipalTokenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RotatePrincipalTokenRequest instance
             */
            static create(properties: otacast.v1.RotatePrincipalTokenRequest.$Shape): otacast.v1.RotatePrincipalTokenRequest & otacast.v1.RotatePrincipalTokenRequest.$Shape;
            static create(properties?: otacast.v1.RotatePrincipalTokenRequest.$Properties): otacast.v1.RotatePrincipalTokenRequest;

            /**
             * Encodes the specified RotatePrincipalTokenRequest message. Does not implicitly {@link otacast.v1.RotatePrincipalTokenRequest.verify|verify} messages.
             * @param message RotatePrincipalTokenRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RotatePrincipalTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RotatePrincipalTokenRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RotatePrincipalTokenRequest & otacast.v1.RotatePrincipalTokenRequest.$Shape} RotatePrincipalTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RotatePrincipalTokenRequest & otacast.v1.RotatePrincipalTokenRequest.$Shape;
        }

        namespace RotatePrincipalTokenRequest {

            /** Properties of a RotatePrincipalTokenRequest. */
            interface $Properties {

                /** RotatePrincipalTokenRequest name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RotatePrincipalTokenRequest. */
            type $Shape = otacast.v1.RotatePrincipalTokenRequest.$Properties;
        }

        /**
         * Properties of a RotatePrincipalTokenResponse.
         * @deprecated Use otacast.v1.RotatePrincipalTokenResponse.$Properties instead.
         */
        interface IRotatePrincipalTokenResponse extends otacast.v1.RotatePrincipalTokenResponse.$Properties {
        }

        /** Represents a RotatePrincipalTokenResponse. */
        class RotatePrincipalTokenResponse {

            /**
             * Constructs a new RotatePrincipalTokenResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RotatePrincipalTokenResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RotatePrincipalTokenResponse token. */
            token: string;

            /**
             * Creates a new RotatePrincipalTokenResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RotatePrincipalTokenResponse instance
             */
            static create(properties: otacast.v1.RotatePrincipalTokenResponse.$Shape): otacast.v1.RotatePrincipalTokenResponse & otacast.v1.RotatePrincipalTokenResponse.$Shape;
            static create(properties?: otacast.v1.RotatePrincipalTokenResponse.$Properties): otacast.v1.RotatePrincipalTokenResponse;

            /**
             * Encodes the specified RotatePrincipalTokenResponse message. Does not implicitly {@link otacast.v1.RotatePrincipalTokenResponse.verify|verify} messages.
             * @param message RotatePrincipalTokenResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RotatePrincipalTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RotatePrincipalTokenResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RotatePrincipalTokenResponse & otacast.v1.RotatePrincipalTokenResponse.$Shape} RotatePrincipalTokenResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RotatePrincipalTokenResponse & otacast.v1.RotatePrincipalTokenResponse.$Shape;
        }

        namespace RotatePrincipalTokenResponse {

            /** Properties of a RotatePrincipalTokenResponse. */
            interface $Properties {

                /** RotatePrincipalTokenResponse token */
                token?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RotatePrincipalTokenResponse. */
            type $Shape = otacast.v1.RotatePrincipalTokenResponse.$Properties;
        }

        /**
         * Properties of a RemovePrincipalRequest.
         * @deprecated Use otacast.v1.RemovePrincipalRequest.$Properties instead.
         */
        interface IRemovePrincipalRequest extends otacast.v1.RemovePrincipalRequest.$Properties {
        }

        /** Represents a RemovePrincipalRequest. */
        class RemovePrincipalRequest {

            /**
             * Constructs a new RemovePrincipalRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RemovePrincipalRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemovePrincipalRequest name. */
            name: string;

            /**
             * Creates a new RemovePrincipalRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemovePrincipalRequest instance
             */
            static create(properties: otacast.v1.RemovePrincipalRequest.$Shape): otacast.v1.RemovePrincipalRequest & otacast.v1.RemovePrincipalRequest.$Shape;
            static create(properties?: otacast.v1.RemovePrincipalRequest.$Properties): otacast.v1.RemovePrincipalRequest;

            /**
             * Encodes the specified RemovePrincipalRequest message. Does not implicitly {@link otacast.v1.RemovePrincipalRequest.verify|verify} messages.
             * @param message RemovePrincipalRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RemovePrincipalRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemovePrincipalRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RemovePrincipalRequest & otacast.v1.RemovePrincipalRequest.$Shape} RemovePrincipalRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RemovePrincipalRequest & otacast.v1.RemovePrincipalRequest.$Shape;
        }

        namespace RemovePrincipalRequest {

            /** Properties of a RemovePrincipalRequest. */
            interface $Properties {

                /** RemovePrincipalRequest name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemovePrincipalRequest. */
            type $Shape = otacast.v1.RemovePrincipalRequest.$Properties;
        }

        /**
         * Properties of a RemovePrincipalResponse.
         * @deprecated Use otacast.v1.RemovePrincipalResponse.$Properties instead.
         */
        interface IRemovePrincipalResponse extends otacast.v1.RemovePrincipalResponse.$Properties {
        }

        /** Represents a RemovePrincipalResponse. */
        class RemovePrincipalResponse {

            /**
             * Constructs a new RemovePrincipalResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.RemovePrincipalResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RemovePrincipalResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemovePrincipalResponse instance
             */
            static create(properties: otacast.v1.RemovePrincipalResponse.$Shape): otacast.v1.RemovePrincipalResponse & otacast.v1.RemovePrincipalResponse.$Shape;
            static create(properties?: otacast.v1.RemovePrincipalResponse.$Properties): otacast.v1.RemovePrincipalResponse;

            /**
             * Encodes the specified RemovePrincipalResponse message. Does not implicitly {@link otacast.v1.RemovePrincipalResponse.verify|verify} messages.
             * @param message RemovePrincipalResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.RemovePrincipalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemovePrincipalResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.RemovePrincipalResponse & otacast.v1.RemovePrincipalResponse.$Shape} RemovePrincipalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.RemovePrincipalResponse & otacast.v1.RemovePrincipalResponse.$Shape;
        }

        namespace RemovePrincipalResponse {

            /** Properties of a RemovePrincipalResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemovePrincipalResponse. */
            type $Shape = otacast.v1.RemovePrincipalResponse.$Properties;
        }

        /**
         * Properties of a ListAuditRequest.
         * @deprecated Use otacast.v1.ListAuditRequest.$Properties instead.
         */
        interface IListAuditRequest extends otacast.v1.ListAuditRequest.$Properties {
        }

        /** Represents a ListAuditRequest. */
        class ListAuditRequest {

            /**
             * Constructs a new ListAuditRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListAuditRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListAuditRequest limit. */
            limit: number;

            /**
             * Creates a new ListAuditRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAuditRequest instance
             */
            static create(properties: otacast.v1.ListAuditRequest.$Shape): otacast.v1.ListAuditRequest & otacast.v1.ListAuditRequest.$Shape;
            static create(properties?: otacast.v1.ListAuditRequest.$Properties): otacast.v1.ListAuditRequest;

            /**
             * Encodes the specified ListAuditRequest message. Does not implicitly {@link otacast.v1.ListAuditRequest.verify|verify} messages.
             * @param message ListAuditRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListAuditRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAuditRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListAuditRequest & otacast.v1.ListAuditRequest.$Shape} ListAuditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListAuditRequest & otacast.v1.ListAuditRequest.$Shape;
        }

        namespace ListAuditRequest {

            /** Properties of a ListAuditRequest. */
            interface $Properties {

                /** ListAuditRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListAuditRequest. */
            type $Shape = otacast.v1.ListAuditRequest.$Properties;
        }

        /**
         * Properties of an AuditEntry.
         * @deprecated Use otacast.v1.AuditEntry.$Properties instead.
         */
        interface IAuditEntry extends otacast.v1.AuditEntry.$Properties {
        }

        /** Represents an AuditEntry. */
        class AuditEntry {

            /**
             * Constructs a new AuditEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.AuditEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditEntry atMs. */
            atMs: number;

            /** AuditEntry principal. */
            principal: string;

            /** AuditEntry role. */
            role: string;

            /** AuditEntry action. */
            action: string;

            /** AuditEntry target. */
            target: string;

            /** AuditEntry from. */
            from: string;

            /** AuditEntry result. */
            result: string;

            /** AuditEntry detail. */
            detail: string;

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuditEntry instance
             */
            static create(properties: otacast.v1.AuditEntry.$Shape): otacast.v1.AuditEntry & otacast.v1.AuditEntry.$Shape;
            static create(properties?: otacast.v1.AuditEntry.$Properties): otacast.v1.AuditEntry;

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link otacast.v1.AuditEntry.verify|verify} messages.
             * @param message AuditEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.AuditEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.AuditEntry & otacast.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.AuditEntry & otacast.v1.AuditEntry.$Shape;
        }

        namespace AuditEntry {

            /** Properties of an AuditEntry. */
            interface $Properties {

                /** AuditEntry atMs */
                atMs?: (number|null);

                /** AuditEntry principal */
                principal?: (string|null);

                /** AuditEntry role */
                role?: (string|null);

                /** AuditEntry action */
                action?: (string|null);

                /** AuditEntry target */
                target?: (string|null);

                /** AuditEntry from */
                from?: (string|null);

                /** AuditEntry result */
                result?: (string|null);

                /** AuditEntry detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditEntry. */
            type $Shape = otacast.v1.AuditEntry.$Properties;
        }

        /**
         * Properties of a ListAuditResponse.
         * @deprecated Use otacast.v1.ListAuditResponse.$Properties instead.
         */
        interface IListAuditResponse extends otacast.v1.ListAuditResponse.$Properties {
        }

        /** Represents a ListAuditResponse. */
        class ListAuditResponse {

            /**
             * Constructs a new ListAuditResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ListAuditResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListAuditResponse entries. */
            entries: otacast.v1.AuditEntry.$Properties[];

            /**
             * Creates a new ListAuditResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAuditResponse instance
             */
            static create(properties: otacast.v1.ListAuditResponse.$Shape): otacast.v1.ListAuditResponse & otacast.v1.ListAuditResponse.$Shape;
            static create(properties?: otacast.v1.ListAuditResponse.$Properties): otacast.v1.ListAuditResponse;

            /**
             * Encodes the specified ListAuditResponse message. Does not implicitly {@link otacast.v1.ListAuditResponse.verify|verify} messages.
             * @param message ListAuditResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ListAuditResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAuditResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ListAuditResponse & otacast.v1.ListAuditResponse.$Shape} ListAuditResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ListAuditResponse & otacast.v1.ListAuditResponse.$Shape;
        }

        namespace ListAuditResponse {

            /** Properties of a ListAuditResponse. */
            interface $Properties {

                /** ListAuditResponse entries */
                entries?: (otacast.v1.AuditEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListAuditResponse. */
            type $Shape = otacast.v1.ListAuditResponse.$Properties;
        }

        /**
         * Properties of a GcRequest.
         * @deprecated Use otacast.v1.GcRequest.$Properties instead.
         */
        interface IGcRequest extends otacast.v1.GcRequest.$Properties {
        }

        /** Represents a GcRequest. */
        class GcRequest {

            /**
             * Constructs a new GcRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.GcRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GcRequest keepPerChannel. */
            keepPerChannel: number;

            /** GcRequest dryRun. */
            dryRun: boolean;

            /**
             * Creates a new GcRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GcRequest instance
             */
            static create(properties: otacast.v1.GcRequest.$Shape): otacast.v1.GcRequest & otacast.v1.GcRequest.$Shape;
            static create(properties?: otacast.v1.GcRequest.$Properties): otacast.v1.GcRequest;

            /**
             * Encodes the specified GcRequest message. Does not implicitly {@link otacast.v1.GcRequest.verify|verify} messages.
             * @param message GcRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.GcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GcRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.GcRequest & otacast.v1.GcRequest.$Shape} GcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.GcRequest & otacast.v1.GcRequest.$Shape;
        }

        namespace GcRequest {

            /** Properties of a GcRequest. */
            interface $Properties {

                /** GcRequest keepPerChannel */
                keepPerChannel?: (number|null);

                /** GcRequest dryRun */
                dryRun?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GcRequest. */
            type $Shape = otacast.v1.GcRequest.$Properties;
        }

        /**
         * Properties of a GcResponse.
         * @deprecated Use otacast.v1.GcResponse.$Properties instead.
         */
        interface IGcResponse extends otacast.v1.GcResponse.$Properties {
        }

        /** Represents a GcResponse. */
        class GcResponse {

            /**
             * Constructs a new GcResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.GcResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GcResponse bytesFreed. */
            bytesFreed: number;

            /** GcResponse blobsDeleted. */
            blobsDeleted: number;

            /** GcResponse patchesDeleted. */
            patchesDeleted: number;

            /** GcResponse releasesDropped. */
            releasesDropped: string[];

            /** GcResponse blobsInGrace. */
            blobsInGrace: number;

            /**
             * Creates a new GcResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GcResponse instance
             */
            static create(properties: otacast.v1.GcResponse.$Shape): otacast.v1.GcResponse & otacast.v1.GcResponse.$Shape;
            static create(properties?: otacast.v1.GcResponse.$Properties): otacast.v1.GcResponse;

            /**
             * Encodes the specified GcResponse message. Does not implicitly {@link otacast.v1.GcResponse.verify|verify} messages.
             * @param message GcResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.GcResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GcResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.GcResponse & otacast.v1.GcResponse.$Shape} GcResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.GcResponse & otacast.v1.GcResponse.$Shape;
        }

        namespace GcResponse {

            /** Properties of a GcResponse. */
            interface $Properties {

                /** GcResponse bytesFreed */
                bytesFreed?: (number|null);

                /** GcResponse blobsDeleted */
                blobsDeleted?: (number|null);

                /** GcResponse patchesDeleted */
                patchesDeleted?: (number|null);

                /** GcResponse releasesDropped */
                releasesDropped?: (string[]|null);

                /** GcResponse blobsInGrace */
                blobsInGrace?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GcResponse. */
            type $Shape = otacast.v1.GcResponse.$Properties;
        }

        /** AgentState enum. */
        enum AgentState {

            /** AGENT_STATE_UNSPECIFIED value */
            AGENT_STATE_UNSPECIFIED = 0,

            /** AGENT_STATE_IDLE value */
            AGENT_STATE_IDLE = 1,

            /** AGENT_STATE_CHECKING value */
            AGENT_STATE_CHECKING = 2,

            /** AGENT_STATE_DOWNLOADING value */
            AGENT_STATE_DOWNLOADING = 3,

            /** AGENT_STATE_VERIFYING value */
            AGENT_STATE_VERIFYING = 4,

            /** AGENT_STATE_INSTALLING value */
            AGENT_STATE_INSTALLING = 5,

            /** AGENT_STATE_AWAITING_COMMIT value */
            AGENT_STATE_AWAITING_COMMIT = 6,

            /** AGENT_STATE_ROLLING_BACK value */
            AGENT_STATE_ROLLING_BACK = 7,

            /** AGENT_STATE_FAILED value */
            AGENT_STATE_FAILED = 8
        }

        /** Outcome enum. */
        enum Outcome {

            /** OUTCOME_UNSPECIFIED value */
            OUTCOME_UNSPECIFIED = 0,

            /** OUTCOME_IN_PROGRESS value */
            OUTCOME_IN_PROGRESS = 1,

            /** OUTCOME_INSTALLED value */
            OUTCOME_INSTALLED = 2,

            /** OUTCOME_ALREADY_CURRENT value */
            OUTCOME_ALREADY_CURRENT = 3,

            /** OUTCOME_REFUSED value */
            OUTCOME_REFUSED = 4,

            /** OUTCOME_FAILED value */
            OUTCOME_FAILED = 5,

            /** OUTCOME_ROLLED_BACK value */
            OUTCOME_ROLLED_BACK = 6,

            /** OUTCOME_INCOMPATIBLE value */
            OUTCOME_INCOMPATIBLE = 7
        }

        /**
         * Properties of a DeviceStatus.
         * @deprecated Use otacast.v1.DeviceStatus.$Properties instead.
         */
        interface IDeviceStatus extends otacast.v1.DeviceStatus.$Properties {
        }

        /** Represents a DeviceStatus. */
        class DeviceStatus {

            /**
             * Constructs a new DeviceStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.DeviceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceStatus seq. */
            seq: number;

            /** DeviceStatus timestampMs. */
            timestampMs: number;

            /** DeviceStatus state. */
            state: otacast.v1.AgentState;

            /** DeviceStatus outcome. */
            outcome: otacast.v1.Outcome;

            /** DeviceStatus releaseId. */
            releaseId: string;

            /** DeviceStatus targetVersion. */
            targetVersion: string;

            /** DeviceStatus installedVersion. */
            installedVersion: string;

            /** DeviceStatus components. */
            components: { [k: string]: string };

            /** DeviceStatus errorCode. */
            errorCode: string;

            /** DeviceStatus message. */
            message: string;

            /** DeviceStatus bytesDone. */
            bytesDone: number;

            /** DeviceStatus bytesTotal. */
            bytesTotal: number;

            /** DeviceStatus hardware. */
            hardware: string;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceStatus instance
             */
            static create(properties: otacast.v1.DeviceStatus.$Shape): otacast.v1.DeviceStatus & otacast.v1.DeviceStatus.$Shape;
            static create(properties?: otacast.v1.DeviceStatus.$Properties): otacast.v1.DeviceStatus;

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link otacast.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.DeviceStatus & otacast.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.DeviceStatus & otacast.v1.DeviceStatus.$Shape;
        }

        namespace DeviceStatus {

            /** Properties of a DeviceStatus. */
            interface $Properties {

                /** DeviceStatus seq */
                seq?: (number|null);

                /** DeviceStatus timestampMs */
                timestampMs?: (number|null);

                /** DeviceStatus state */
                state?: (otacast.v1.AgentState|null);

                /** DeviceStatus outcome */
                outcome?: (otacast.v1.Outcome|null);

                /** DeviceStatus releaseId */
                releaseId?: (string|null);

                /** DeviceStatus targetVersion */
                targetVersion?: (string|null);

                /** DeviceStatus installedVersion */
                installedVersion?: (string|null);

                /** DeviceStatus components */
                components?: ({ [k: string]: string }|null);

                /** DeviceStatus errorCode */
                errorCode?: (string|null);

                /** DeviceStatus message */
                message?: (string|null);

                /** DeviceStatus bytesDone */
                bytesDone?: (number|null);

                /** DeviceStatus bytesTotal */
                bytesTotal?: (number|null);

                /** DeviceStatus hardware */
                hardware?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceStatus. */
            type $Shape = otacast.v1.DeviceStatus.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use otacast.v1.Command.$Properties instead.
         */
        interface ICommand extends otacast.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command ack. */
            ack?: (otacast.v1.StatusAck.$Properties|null);

            /** Command error. */
            error?: (otacast.v1.ErrorNotice.$Properties|null);

            /** Command body. */
            body?: ("ack"|"error");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: otacast.v1.Command.$Shape): otacast.v1.Command & otacast.v1.Command.$Shape;
            static create(properties?: otacast.v1.Command.$Properties): otacast.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link otacast.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Command & otacast.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Command & otacast.v1.Command.$Shape;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command ack */
                ack?: (otacast.v1.StatusAck.$Properties|null);

                /** Command error */
                error?: (otacast.v1.ErrorNotice.$Properties|null);

                /** Command body */
                body?: ("ack"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              ack?: otacast.v1.StatusAck.$Shape|null;
              error?: otacast.v1.ErrorNotice.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ack?: null; error?: null }|{ body?: "ack"; ack: otacast.v1.StatusAck.$Shape; error?: null }|{ body?: "error"; ack?: null; error: otacast.v1.ErrorNotice.$Shape })
            );
        }

        /**
         * Properties of a StatusAck.
         * @deprecated Use otacast.v1.StatusAck.$Properties instead.
         */
        interface IStatusAck extends otacast.v1.StatusAck.$Properties {
        }

        /** Represents a StatusAck. */
        class StatusAck {

            /**
             * Constructs a new StatusAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.StatusAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusAck seq. */
            seq: number;

            /**
             * Creates a new StatusAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusAck instance
             */
            static create(properties: otacast.v1.StatusAck.$Shape): otacast.v1.StatusAck & otacast.v1.StatusAck.$Shape;
            static create(properties?: otacast.v1.StatusAck.$Properties): otacast.v1.StatusAck;

            /**
             * Encodes the specified StatusAck message. Does not implicitly {@link otacast.v1.StatusAck.verify|verify} messages.
             * @param message StatusAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.StatusAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.StatusAck & otacast.v1.StatusAck.$Shape} StatusAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.StatusAck & otacast.v1.StatusAck.$Shape;
        }

        namespace StatusAck {

            /** Properties of a StatusAck. */
            interface $Properties {

                /** StatusAck seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusAck. */
            type $Shape = otacast.v1.StatusAck.$Properties;
        }

        /**
         * Properties of an ErrorNotice.
         * @deprecated Use otacast.v1.ErrorNotice.$Properties instead.
         */
        interface IErrorNotice extends otacast.v1.ErrorNotice.$Properties {
        }

        /** Represents an ErrorNotice. */
        class ErrorNotice {

            /**
             * Constructs a new ErrorNotice.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ErrorNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorNotice code. */
            code: string;

            /** ErrorNotice message. */
            message: string;

            /** ErrorNotice topic. */
            topic: string;

            /**
             * Creates a new ErrorNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorNotice instance
             */
            static create(properties: otacast.v1.ErrorNotice.$Shape): otacast.v1.ErrorNotice & otacast.v1.ErrorNotice.$Shape;
            static create(properties?: otacast.v1.ErrorNotice.$Properties): otacast.v1.ErrorNotice;

            /**
             * Encodes the specified ErrorNotice message. Does not implicitly {@link otacast.v1.ErrorNotice.verify|verify} messages.
             * @param message ErrorNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ErrorNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorNotice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ErrorNotice & otacast.v1.ErrorNotice.$Shape} ErrorNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ErrorNotice & otacast.v1.ErrorNotice.$Shape;
        }

        namespace ErrorNotice {

            /** Properties of an ErrorNotice. */
            interface $Properties {

                /** ErrorNotice code */
                code?: (string|null);

                /** ErrorNotice message */
                message?: (string|null);

                /** ErrorNotice topic */
                topic?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorNotice. */
            type $Shape = otacast.v1.ErrorNotice.$Properties;
        }

        /**
         * Properties of an Assignment.
         * @deprecated Use otacast.v1.Assignment.$Properties instead.
         */
        interface IAssignment extends otacast.v1.Assignment.$Properties {
        }

        /** Represents an Assignment. */
        class Assignment {

            /**
             * Constructs a new Assignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Assignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Assignment rolloutId. */
            rolloutId: string;

            /** Assignment signedManifest. */
            signedManifest: Uint8Array;

            /** Assignment cancel. */
            cancel: boolean;

            /** Assignment releaseId. */
            releaseId: string;

            /**
             * Creates a new Assignment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Assignment instance
             */
            static create(properties: otacast.v1.Assignment.$Shape): otacast.v1.Assignment & otacast.v1.Assignment.$Shape;
            static create(properties?: otacast.v1.Assignment.$Properties): otacast.v1.Assignment;

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link otacast.v1.Assignment.verify|verify} messages.
             * @param message Assignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Assignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Assignment & otacast.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Assignment & otacast.v1.Assignment.$Shape;
        }

        namespace Assignment {

            /** Properties of an Assignment. */
            interface $Properties {

                /** Assignment rolloutId */
                rolloutId?: (string|null);

                /** Assignment signedManifest */
                signedManifest?: (Uint8Array|null);

                /** Assignment cancel */
                cancel?: (boolean|null);

                /** Assignment releaseId */
                releaseId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Assignment. */
            type $Shape = otacast.v1.Assignment.$Properties;
        }

        /**
         * Properties of a SignedManifest.
         * @deprecated Use otacast.v1.SignedManifest.$Properties instead.
         */
        interface ISignedManifest extends otacast.v1.SignedManifest.$Properties {
        }

        /** Represents a SignedManifest. */
        class SignedManifest {

            /**
             * Constructs a new SignedManifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.SignedManifest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedManifest manifest. */
            manifest: Uint8Array;

            /** SignedManifest signatures. */
            signatures: otacast.v1.Signature.$Properties[];

            /**
             * Creates a new SignedManifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedManifest instance
             */
            static create(properties: otacast.v1.SignedManifest.$Shape): otacast.v1.SignedManifest & otacast.v1.SignedManifest.$Shape;
            static create(properties?: otacast.v1.SignedManifest.$Properties): otacast.v1.SignedManifest;

            /**
             * Encodes the specified SignedManifest message. Does not implicitly {@link otacast.v1.SignedManifest.verify|verify} messages.
             * @param message SignedManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.SignedManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedManifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.SignedManifest & otacast.v1.SignedManifest.$Shape} SignedManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.SignedManifest & otacast.v1.SignedManifest.$Shape;
        }

        namespace SignedManifest {

            /** Properties of a SignedManifest. */
            interface $Properties {

                /** SignedManifest manifest */
                manifest?: (Uint8Array|null);

                /** SignedManifest signatures */
                signatures?: (otacast.v1.Signature.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedManifest. */
            type $Shape = otacast.v1.SignedManifest.$Properties;
        }

        /**
         * Properties of a Signature.
         * @deprecated Use otacast.v1.Signature.$Properties instead.
         */
        interface ISignature extends otacast.v1.Signature.$Properties {
        }

        /** Represents a Signature. */
        class Signature {

            /**
             * Constructs a new Signature.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Signature.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Signature keyId. */
            keyId: string;

            /** Signature signature. */
            signature: Uint8Array;

            /**
             * Creates a new Signature instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Signature instance
             */
            static create(properties: otacast.v1.Signature.$Shape): otacast.v1.Signature & otacast.v1.Signature.$Shape;
            static create(properties?: otacast.v1.Signature.$Properties): otacast.v1.Signature;

            /**
             * Encodes the specified Signature message. Does not implicitly {@link otacast.v1.Signature.verify|verify} messages.
             * @param message Signature message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Signature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Signature message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Signature & otacast.v1.Signature.$Shape} Signature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Signature & otacast.v1.Signature.$Shape;
        }

        namespace Signature {

            /** Properties of a Signature. */
            interface $Properties {

                /** Signature keyId */
                keyId?: (string|null);

                /** Signature signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Signature. */
            type $Shape = otacast.v1.Signature.$Properties;
        }

        /** ComponentType enum. */
        enum ComponentType {

            /** COMPONENT_TYPE_UNSPECIFIED value */
            COMPONENT_TYPE_UNSPECIFIED = 0,

            /** COMPONENT_TYPE_FILE value */
            COMPONENT_TYPE_FILE = 1,

            /** COMPONENT_TYPE_ARCHIVE value */
            COMPONENT_TYPE_ARCHIVE = 2,

            /** COMPONENT_TYPE_IMAGE value */
            COMPONENT_TYPE_IMAGE = 3,

            /** COMPONENT_TYPE_COMMAND value */
            COMPONENT_TYPE_COMMAND = 4,

            /** COMPONENT_TYPE_AGENT value */
            COMPONENT_TYPE_AGENT = 5
        }

        /**
         * Properties of a Manifest.
         * @deprecated Use otacast.v1.Manifest.$Properties instead.
         */
        interface IManifest extends otacast.v1.Manifest.$Properties {
        }

        /** Represents a Manifest. */
        class Manifest {

            /**
             * Constructs a new Manifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Manifest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Manifest product. */
            product: string;

            /** Manifest version. */
            version: string;

            /** Manifest channel. */
            channel: string;

            /** Manifest createdAtMs. */
            createdAtMs: number;

            /** Manifest expiresAtMs. */
            expiresAtMs: number;

            /** Manifest hardware. */
            hardware: string[];

            /** Manifest components. */
            components: otacast.v1.Component.$Properties[];

            /** Manifest rollback. */
            rollback: boolean;

            /**
             * Creates a new Manifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Manifest instance
             */
            static create(properties: otacast.v1.Manifest.$Shape): otacast.v1.Manifest & otacast.v1.Manifest.$Shape;
            static create(properties?: otacast.v1.Manifest.$Properties): otacast.v1.Manifest;

            /**
             * Encodes the specified Manifest message. Does not implicitly {@link otacast.v1.Manifest.verify|verify} messages.
             * @param message Manifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Manifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Manifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Manifest & otacast.v1.Manifest.$Shape} Manifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Manifest & otacast.v1.Manifest.$Shape;
        }

        namespace Manifest {

            /** Properties of a Manifest. */
            interface $Properties {

                /** Manifest product */
                product?: (string|null);

                /** Manifest version */
                version?: (string|null);

                /** Manifest channel */
                channel?: (string|null);

                /** Manifest createdAtMs */
                createdAtMs?: (number|null);

                /** Manifest expiresAtMs */
                expiresAtMs?: (number|null);

                /** Manifest hardware */
                hardware?: (string[]|null);

                /** Manifest components */
                components?: (otacast.v1.Component.$Properties[]|null);

                /** Manifest rollback */
                rollback?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Manifest. */
            type $Shape = otacast.v1.Manifest.$Properties;
        }

        /**
         * Properties of a Component.
         * @deprecated Use otacast.v1.Component.$Properties instead.
         */
        interface IComponent extends otacast.v1.Component.$Properties {
        }

        /** Represents a Component. */
        class Component {

            /**
             * Constructs a new Component.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Component.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Component name. */
            name: string;

            /** Component version. */
            version: string;

            /** Component type. */
            type: otacast.v1.ComponentType;

            /** Component size. */
            size: number;

            /** Component sha256. */
            sha256: Uint8Array;

            /** Component indexDigest. */
            indexDigest: Uint8Array;

            /** Component indexSize. */
            indexSize: number;

            /** Component requires. */
            requires: { [k: string]: string };

            /** Component options. */
            options: { [k: string]: string };

            /**
             * Creates a new Component instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Component instance
             */
            static create(properties: otacast.v1.Component.$Shape): otacast.v1.Component & otacast.v1.Component.$Shape;
            static create(properties?: otacast.v1.Component.$Properties): otacast.v1.Component;

            /**
             * Encodes the specified Component message. Does not implicitly {@link otacast.v1.Component.verify|verify} messages.
             * @param message Component message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Component.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Component message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Component & otacast.v1.Component.$Shape} Component
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Component & otacast.v1.Component.$Shape;
        }

        namespace Component {

            /** Properties of a Component. */
            interface $Properties {

                /** Component name */
                name?: (string|null);

                /** Component version */
                version?: (string|null);

                /** Component type */
                type?: (otacast.v1.ComponentType|null);

                /** Component size */
                size?: (number|null);

                /** Component sha256 */
                sha256?: (Uint8Array|null);

                /** Component indexDigest */
                indexDigest?: (Uint8Array|null);

                /** Component indexSize */
                indexSize?: (number|null);

                /** Component requires */
                requires?: ({ [k: string]: string }|null);

                /** Component options */
                options?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Component. */
            type $Shape = otacast.v1.Component.$Properties;
        }

        /**
         * Properties of a ChunkIndex.
         * @deprecated Use otacast.v1.ChunkIndex.$Properties instead.
         */
        interface IChunkIndex extends otacast.v1.ChunkIndex.$Properties {
        }

        /** Represents a ChunkIndex. */
        class ChunkIndex {

            /**
             * Constructs a new ChunkIndex.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ChunkIndex.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChunkIndex chunks. */
            chunks: otacast.v1.ChunkRef.$Properties[];

            /**
             * Creates a new ChunkIndex instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChunkIndex instance
             */
            static create(properties: otacast.v1.ChunkIndex.$Shape): otacast.v1.ChunkIndex & otacast.v1.ChunkIndex.$Shape;
            static create(properties?: otacast.v1.ChunkIndex.$Properties): otacast.v1.ChunkIndex;

            /**
             * Encodes the specified ChunkIndex message. Does not implicitly {@link otacast.v1.ChunkIndex.verify|verify} messages.
             * @param message ChunkIndex message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ChunkIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChunkIndex message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ChunkIndex & otacast.v1.ChunkIndex.$Shape} ChunkIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ChunkIndex & otacast.v1.ChunkIndex.$Shape;
        }

        namespace ChunkIndex {

            /** Properties of a ChunkIndex. */
            interface $Properties {

                /** ChunkIndex chunks */
                chunks?: (otacast.v1.ChunkRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChunkIndex. */
            type $Shape = otacast.v1.ChunkIndex.$Properties;
        }

        /**
         * Properties of a ChunkRef.
         * @deprecated Use otacast.v1.ChunkRef.$Properties instead.
         */
        interface IChunkRef extends otacast.v1.ChunkRef.$Properties {
        }

        /** Represents a ChunkRef. */
        class ChunkRef {

            /**
             * Constructs a new ChunkRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ChunkRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChunkRef digest. */
            digest: Uint8Array;

            /** ChunkRef length. */
            length: number;

            /**
             * Creates a new ChunkRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChunkRef instance
             */
            static create(properties: otacast.v1.ChunkRef.$Shape): otacast.v1.ChunkRef & otacast.v1.ChunkRef.$Shape;
            static create(properties?: otacast.v1.ChunkRef.$Properties): otacast.v1.ChunkRef;

            /**
             * Encodes the specified ChunkRef message. Does not implicitly {@link otacast.v1.ChunkRef.verify|verify} messages.
             * @param message ChunkRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ChunkRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChunkRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ChunkRef & otacast.v1.ChunkRef.$Shape} ChunkRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ChunkRef & otacast.v1.ChunkRef.$Shape;
        }

        namespace ChunkRef {

            /** Properties of a ChunkRef. */
            interface $Properties {

                /** ChunkRef digest */
                digest?: (Uint8Array|null);

                /** ChunkRef length */
                length?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChunkRef. */
            type $Shape = otacast.v1.ChunkRef.$Properties;
        }

        /**
         * Properties of a Keyring.
         * @deprecated Use otacast.v1.Keyring.$Properties instead.
         */
        interface IKeyring extends otacast.v1.Keyring.$Properties {
        }

        /** Represents a Keyring. */
        class Keyring {

            /**
             * Constructs a new Keyring.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Keyring.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Keyring version. */
            version: number;

            /** Keyring product. */
            product: string;

            /** Keyring keys. */
            keys: otacast.v1.PublisherKey.$Properties[];

            /** Keyring threshold. */
            threshold: number;

            /** Keyring createdAtMs. */
            createdAtMs: number;

            /**
             * Creates a new Keyring instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Keyring instance
             */
            static create(properties: otacast.v1.Keyring.$Shape): otacast.v1.Keyring & otacast.v1.Keyring.$Shape;
            static create(properties?: otacast.v1.Keyring.$Properties): otacast.v1.Keyring;

            /**
             * Encodes the specified Keyring message. Does not implicitly {@link otacast.v1.Keyring.verify|verify} messages.
             * @param message Keyring message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Keyring.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Keyring message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Keyring & otacast.v1.Keyring.$Shape} Keyring
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Keyring & otacast.v1.Keyring.$Shape;
        }

        namespace Keyring {

            /** Properties of a Keyring. */
            interface $Properties {

                /** Keyring version */
                version?: (number|null);

                /** Keyring product */
                product?: (string|null);

                /** Keyring keys */
                keys?: (otacast.v1.PublisherKey.$Properties[]|null);

                /** Keyring threshold */
                threshold?: (number|null);

                /** Keyring createdAtMs */
                createdAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Keyring. */
            type $Shape = otacast.v1.Keyring.$Properties;
        }

        /**
         * Properties of a PublisherKey.
         * @deprecated Use otacast.v1.PublisherKey.$Properties instead.
         */
        interface IPublisherKey extends otacast.v1.PublisherKey.$Properties {
        }

        /** Represents a PublisherKey. */
        class PublisherKey {

            /**
             * Constructs a new PublisherKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PublisherKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublisherKey keyId. */
            keyId: string;

            /** PublisherKey publicKey. */
            publicKey: Uint8Array;

            /**
             * Creates a new PublisherKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublisherKey instance
             */
            static create(properties: otacast.v1.PublisherKey.$Shape): otacast.v1.PublisherKey & otacast.v1.PublisherKey.$Shape;
            static create(properties?: otacast.v1.PublisherKey.$Properties): otacast.v1.PublisherKey;

            /**
             * Encodes the specified PublisherKey message. Does not implicitly {@link otacast.v1.PublisherKey.verify|verify} messages.
             * @param message PublisherKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PublisherKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublisherKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PublisherKey & otacast.v1.PublisherKey.$Shape} PublisherKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PublisherKey & otacast.v1.PublisherKey.$Shape;
        }

        namespace PublisherKey {

            /** Properties of a PublisherKey. */
            interface $Properties {

                /** PublisherKey keyId */
                keyId?: (string|null);

                /** PublisherKey publicKey */
                publicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublisherKey. */
            type $Shape = otacast.v1.PublisherKey.$Properties;
        }

        /**
         * Properties of a SignedKeyring.
         * @deprecated Use otacast.v1.SignedKeyring.$Properties instead.
         */
        interface ISignedKeyring extends otacast.v1.SignedKeyring.$Properties {
        }

        /** Represents a SignedKeyring. */
        class SignedKeyring {

            /**
             * Constructs a new SignedKeyring.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.SignedKeyring.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedKeyring keyring. */
            keyring: Uint8Array;

            /** SignedKeyring signatures. */
            signatures: otacast.v1.Signature.$Properties[];

            /**
             * Creates a new SignedKeyring instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedKeyring instance
             */
            static create(properties: otacast.v1.SignedKeyring.$Shape): otacast.v1.SignedKeyring & otacast.v1.SignedKeyring.$Shape;
            static create(properties?: otacast.v1.SignedKeyring.$Properties): otacast.v1.SignedKeyring;

            /**
             * Encodes the specified SignedKeyring message. Does not implicitly {@link otacast.v1.SignedKeyring.verify|verify} messages.
             * @param message SignedKeyring message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.SignedKeyring.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedKeyring message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.SignedKeyring & otacast.v1.SignedKeyring.$Shape} SignedKeyring
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.SignedKeyring & otacast.v1.SignedKeyring.$Shape;
        }

        namespace SignedKeyring {

            /** Properties of a SignedKeyring. */
            interface $Properties {

                /** SignedKeyring keyring */
                keyring?: (Uint8Array|null);

                /** SignedKeyring signatures */
                signatures?: (otacast.v1.Signature.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedKeyring. */
            type $Shape = otacast.v1.SignedKeyring.$Properties;
        }

        /**
         * Properties of a BlobRange.
         * @deprecated Use otacast.v1.BlobRange.$Properties instead.
         */
        interface IBlobRange extends otacast.v1.BlobRange.$Properties {
        }

        /** Represents a BlobRange. */
        class BlobRange {

            /**
             * Constructs a new BlobRange.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.BlobRange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlobRange digest. */
            digest: Uint8Array;

            /** BlobRange offset. */
            offset: number;

            /** BlobRange length. */
            length: number;

            /**
             * Creates a new BlobRange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlobRange instance
             */
            static create(properties: otacast.v1.BlobRange.$Shape): otacast.v1.BlobRange & otacast.v1.BlobRange.$Shape;
            static create(properties?: otacast.v1.BlobRange.$Properties): otacast.v1.BlobRange;

            /**
             * Encodes the specified BlobRange message. Does not implicitly {@link otacast.v1.BlobRange.verify|verify} messages.
             * @param message BlobRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.BlobRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlobRange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.BlobRange & otacast.v1.BlobRange.$Shape} BlobRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.BlobRange & otacast.v1.BlobRange.$Shape;
        }

        namespace BlobRange {

            /** Properties of a BlobRange. */
            interface $Properties {

                /** BlobRange digest */
                digest?: (Uint8Array|null);

                /** BlobRange offset */
                offset?: (number|null);

                /** BlobRange length */
                length?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlobRange. */
            type $Shape = otacast.v1.BlobRange.$Properties;
        }

        /**
         * Properties of a ChunkRequest.
         * @deprecated Use otacast.v1.ChunkRequest.$Properties instead.
         */
        interface IChunkRequest extends otacast.v1.ChunkRequest.$Properties {
        }

        /** Represents a ChunkRequest. */
        class ChunkRequest {

            /**
             * Constructs a new ChunkRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.ChunkRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChunkRequest releaseId. */
            releaseId: string;

            /** ChunkRequest ranges. */
            ranges: otacast.v1.BlobRange.$Properties[];

            /** ChunkRequest patches. */
            patches: otacast.v1.PatchQuery.$Properties[];

            /**
             * Creates a new ChunkRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChunkRequest instance
             */
            static create(properties: otacast.v1.ChunkRequest.$Shape): otacast.v1.ChunkRequest & otacast.v1.ChunkRequest.$Shape;
            static create(properties?: otacast.v1.ChunkRequest.$Properties): otacast.v1.ChunkRequest;

            /**
             * Encodes the specified ChunkRequest message. Does not implicitly {@link otacast.v1.ChunkRequest.verify|verify} messages.
             * @param message ChunkRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.ChunkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChunkRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.ChunkRequest & otacast.v1.ChunkRequest.$Shape} ChunkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.ChunkRequest & otacast.v1.ChunkRequest.$Shape;
        }

        namespace ChunkRequest {

            /** Properties of a ChunkRequest. */
            interface $Properties {

                /** ChunkRequest releaseId */
                releaseId?: (string|null);

                /** ChunkRequest ranges */
                ranges?: (otacast.v1.BlobRange.$Properties[]|null);

                /** ChunkRequest patches */
                patches?: (otacast.v1.PatchQuery.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChunkRequest. */
            type $Shape = otacast.v1.ChunkRequest.$Properties;
        }

        /**
         * Properties of a PatchQuery.
         * @deprecated Use otacast.v1.PatchQuery.$Properties instead.
         */
        interface IPatchQuery extends otacast.v1.PatchQuery.$Properties {
        }

        /** Represents a PatchQuery. */
        class PatchQuery {

            /**
             * Constructs a new PatchQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PatchQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PatchQuery fromSha256. */
            fromSha256: Uint8Array;

            /** PatchQuery toSha256. */
            toSha256: Uint8Array;

            /**
             * Creates a new PatchQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PatchQuery instance
             */
            static create(properties: otacast.v1.PatchQuery.$Shape): otacast.v1.PatchQuery & otacast.v1.PatchQuery.$Shape;
            static create(properties?: otacast.v1.PatchQuery.$Properties): otacast.v1.PatchQuery;

            /**
             * Encodes the specified PatchQuery message. Does not implicitly {@link otacast.v1.PatchQuery.verify|verify} messages.
             * @param message PatchQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PatchQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PatchQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PatchQuery & otacast.v1.PatchQuery.$Shape} PatchQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PatchQuery & otacast.v1.PatchQuery.$Shape;
        }

        namespace PatchQuery {

            /** Properties of a PatchQuery. */
            interface $Properties {

                /** PatchQuery fromSha256 */
                fromSha256?: (Uint8Array|null);

                /** PatchQuery toSha256 */
                toSha256?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PatchQuery. */
            type $Shape = otacast.v1.PatchQuery.$Properties;
        }

        /**
         * Properties of a PatchOffer.
         * @deprecated Use otacast.v1.PatchOffer.$Properties instead.
         */
        interface IPatchOffer extends otacast.v1.PatchOffer.$Properties {
        }

        /** Represents a PatchOffer. */
        class PatchOffer {

            /**
             * Constructs a new PatchOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.PatchOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PatchOffer fromSha256. */
            fromSha256: Uint8Array;

            /** PatchOffer toSha256. */
            toSha256: Uint8Array;

            /** PatchOffer patchDigest. */
            patchDigest: Uint8Array;

            /** PatchOffer patchSize. */
            patchSize: number;

            /** PatchOffer indexDigest. */
            indexDigest: Uint8Array;

            /** PatchOffer indexSize. */
            indexSize: number;

            /** PatchOffer pending. */
            pending: boolean;

            /**
             * Creates a new PatchOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PatchOffer instance
             */
            static create(properties: otacast.v1.PatchOffer.$Shape): otacast.v1.PatchOffer & otacast.v1.PatchOffer.$Shape;
            static create(properties?: otacast.v1.PatchOffer.$Properties): otacast.v1.PatchOffer;

            /**
             * Encodes the specified PatchOffer message. Does not implicitly {@link otacast.v1.PatchOffer.verify|verify} messages.
             * @param message PatchOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.PatchOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PatchOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.PatchOffer & otacast.v1.PatchOffer.$Shape} PatchOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.PatchOffer & otacast.v1.PatchOffer.$Shape;
        }

        namespace PatchOffer {

            /** Properties of a PatchOffer. */
            interface $Properties {

                /** PatchOffer fromSha256 */
                fromSha256?: (Uint8Array|null);

                /** PatchOffer toSha256 */
                toSha256?: (Uint8Array|null);

                /** PatchOffer patchDigest */
                patchDigest?: (Uint8Array|null);

                /** PatchOffer patchSize */
                patchSize?: (number|null);

                /** PatchOffer indexDigest */
                indexDigest?: (Uint8Array|null);

                /** PatchOffer indexSize */
                indexSize?: (number|null);

                /** PatchOffer pending */
                pending?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PatchOffer. */
            type $Shape = otacast.v1.PatchOffer.$Properties;
        }

        /** ChunkEncoding enum. */
        enum ChunkEncoding {

            /** CHUNK_ENCODING_RAW value */
            CHUNK_ENCODING_RAW = 0,

            /** CHUNK_ENCODING_BROTLI value */
            CHUNK_ENCODING_BROTLI = 1
        }

        /**
         * Properties of a Chunk.
         * @deprecated Use otacast.v1.Chunk.$Properties instead.
         */
        interface IChunk extends otacast.v1.Chunk.$Properties {
        }

        /** Represents a Chunk. */
        class Chunk {

            /**
             * Constructs a new Chunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: otacast.v1.Chunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Chunk digest. */
            digest: Uint8Array;

            /** Chunk offset. */
            offset: number;

            /** Chunk data. */
            data: Uint8Array;

            /** Chunk encoding. */
            encoding: otacast.v1.ChunkEncoding;

            /** Chunk blobSize. */
            blobSize: number;

            /** Chunk errorCode. */
            errorCode: string;

            /** Chunk patch. */
            patch?: (otacast.v1.PatchOffer.$Properties|null);

            /**
             * Creates a new Chunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Chunk instance
             */
            static create(properties: otacast.v1.Chunk.$Shape): otacast.v1.Chunk & otacast.v1.Chunk.$Shape;
            static create(properties?: otacast.v1.Chunk.$Properties): otacast.v1.Chunk;

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link otacast.v1.Chunk.verify|verify} messages.
             * @param message Chunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: otacast.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {otacast.v1.Chunk & otacast.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): otacast.v1.Chunk & otacast.v1.Chunk.$Shape;
        }

        namespace Chunk {

            /** Properties of a Chunk. */
            interface $Properties {

                /** Chunk digest */
                digest?: (Uint8Array|null);

                /** Chunk offset */
                offset?: (number|null);

                /** Chunk data */
                data?: (Uint8Array|null);

                /** Chunk encoding */
                encoding?: (otacast.v1.ChunkEncoding|null);

                /** Chunk blobSize */
                blobSize?: (number|null);

                /** Chunk errorCode */
                errorCode?: (string|null);

                /** Chunk patch */
                patch?: (otacast.v1.PatchOffer.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Chunk. */
            type $Shape = otacast.v1.Chunk.$Properties;
        }
    }
}
