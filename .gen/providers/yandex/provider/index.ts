// https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface YandexProviderConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#cloud_id YandexProvider#cloud_id}
  */
  readonly cloudId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#datalens_endpoint YandexProvider#datalens_endpoint}
  */
  readonly datalensEndpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#endpoint YandexProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#folder_id YandexProvider#folder_id}
  */
  readonly folderId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#insecure YandexProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#max_retries YandexProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#organization_id YandexProvider#organization_id}
  */
  readonly organizationId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#plaintext YandexProvider#plaintext}
  */
  readonly plaintext?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#profile YandexProvider#profile}
  */
  readonly profile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#region_id YandexProvider#region_id}
  */
  readonly regionId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#service_account_key_file YandexProvider#service_account_key_file}
  */
  readonly serviceAccountKeyFile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#shared_credentials_file YandexProvider#shared_credentials_file}
  */
  readonly sharedCredentialsFile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#storage_access_key YandexProvider#storage_access_key}
  */
  readonly storageAccessKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#storage_endpoint YandexProvider#storage_endpoint}
  */
  readonly storageEndpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#storage_secret_key YandexProvider#storage_secret_key}
  */
  readonly storageSecretKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#token YandexProvider#token}
  */
  readonly token?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#ymq_access_key YandexProvider#ymq_access_key}
  */
  readonly ymqAccessKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#ymq_endpoint YandexProvider#ymq_endpoint}
  */
  readonly ymqEndpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#ymq_secret_key YandexProvider#ymq_secret_key}
  */
  readonly ymqSecretKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#yq_endpoint YandexProvider#yq_endpoint}
  */
  readonly yqEndpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#zone YandexProvider#zone}
  */
  readonly zone?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#alias YandexProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs yandex}
*/
export class YandexProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "yandex";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a YandexProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the YandexProvider to import
  * @param importFromId The id of the existing YandexProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the YandexProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "yandex", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs yandex} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options YandexProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: YandexProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'yandex',
      terraformGeneratorMetadata: {
        providerName: 'yandex',
        providerVersion: '0.222.0',
        providerVersionConstraint: '0.222.0'
      },
      terraformProviderSource: 'yandex-cloud/yandex'
    });
    this._cloudId = config.cloudId;
    this._datalensEndpoint = config.datalensEndpoint;
    this._endpoint = config.endpoint;
    this._folderId = config.folderId;
    this._insecure = config.insecure;
    this._maxRetries = config.maxRetries;
    this._organizationId = config.organizationId;
    this._plaintext = config.plaintext;
    this._profile = config.profile;
    this._regionId = config.regionId;
    this._serviceAccountKeyFile = config.serviceAccountKeyFile;
    this._sharedCredentialsFile = config.sharedCredentialsFile;
    this._storageAccessKey = config.storageAccessKey;
    this._storageEndpoint = config.storageEndpoint;
    this._storageSecretKey = config.storageSecretKey;
    this._token = config.token;
    this._ymqAccessKey = config.ymqAccessKey;
    this._ymqEndpoint = config.ymqEndpoint;
    this._ymqSecretKey = config.ymqSecretKey;
    this._yqEndpoint = config.yqEndpoint;
    this._zone = config.zone;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cloud_id - computed: false, optional: true, required: false
  private _cloudId?: string; 
  public get cloudId() {
    return this._cloudId;
  }
  public set cloudId(value: string | undefined) {
    this._cloudId = value;
  }
  public resetCloudId() {
    this._cloudId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudIdInput() {
    return this._cloudId;
  }

  // datalens_endpoint - computed: false, optional: true, required: false
  private _datalensEndpoint?: string; 
  public get datalensEndpoint() {
    return this._datalensEndpoint;
  }
  public set datalensEndpoint(value: string | undefined) {
    this._datalensEndpoint = value;
  }
  public resetDatalensEndpoint() {
    this._datalensEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get datalensEndpointInput() {
    return this._datalensEndpoint;
  }

  // endpoint - computed: false, optional: true, required: false
  private _endpoint?: string; 
  public get endpoint() {
    return this._endpoint;
  }
  public set endpoint(value: string | undefined) {
    this._endpoint = value;
  }
  public resetEndpoint() {
    this._endpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // folder_id - computed: false, optional: true, required: false
  private _folderId?: string; 
  public get folderId() {
    return this._folderId;
  }
  public set folderId(value: string | undefined) {
    this._folderId = value;
  }
  public resetFolderId() {
    this._folderId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get folderIdInput() {
    return this._folderId;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // organization_id - computed: false, optional: true, required: false
  private _organizationId?: string; 
  public get organizationId() {
    return this._organizationId;
  }
  public set organizationId(value: string | undefined) {
    this._organizationId = value;
  }
  public resetOrganizationId() {
    this._organizationId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationIdInput() {
    return this._organizationId;
  }

  // plaintext - computed: false, optional: true, required: false
  private _plaintext?: boolean | cdktf.IResolvable; 
  public get plaintext() {
    return this._plaintext;
  }
  public set plaintext(value: boolean | cdktf.IResolvable | undefined) {
    this._plaintext = value;
  }
  public resetPlaintext() {
    this._plaintext = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get plaintextInput() {
    return this._plaintext;
  }

  // profile - computed: false, optional: true, required: false
  private _profile?: string; 
  public get profile() {
    return this._profile;
  }
  public set profile(value: string | undefined) {
    this._profile = value;
  }
  public resetProfile() {
    this._profile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get profileInput() {
    return this._profile;
  }

  // region_id - computed: false, optional: true, required: false
  private _regionId?: string; 
  public get regionId() {
    return this._regionId;
  }
  public set regionId(value: string | undefined) {
    this._regionId = value;
  }
  public resetRegionId() {
    this._regionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionIdInput() {
    return this._regionId;
  }

  // service_account_key_file - computed: false, optional: true, required: false
  private _serviceAccountKeyFile?: string; 
  public get serviceAccountKeyFile() {
    return this._serviceAccountKeyFile;
  }
  public set serviceAccountKeyFile(value: string | undefined) {
    this._serviceAccountKeyFile = value;
  }
  public resetServiceAccountKeyFile() {
    this._serviceAccountKeyFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountKeyFileInput() {
    return this._serviceAccountKeyFile;
  }

  // shared_credentials_file - computed: false, optional: true, required: false
  private _sharedCredentialsFile?: string; 
  public get sharedCredentialsFile() {
    return this._sharedCredentialsFile;
  }
  public set sharedCredentialsFile(value: string | undefined) {
    this._sharedCredentialsFile = value;
  }
  public resetSharedCredentialsFile() {
    this._sharedCredentialsFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharedCredentialsFileInput() {
    return this._sharedCredentialsFile;
  }

  // storage_access_key - computed: false, optional: true, required: false
  private _storageAccessKey?: string; 
  public get storageAccessKey() {
    return this._storageAccessKey;
  }
  public set storageAccessKey(value: string | undefined) {
    this._storageAccessKey = value;
  }
  public resetStorageAccessKey() {
    this._storageAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageAccessKeyInput() {
    return this._storageAccessKey;
  }

  // storage_endpoint - computed: false, optional: true, required: false
  private _storageEndpoint?: string; 
  public get storageEndpoint() {
    return this._storageEndpoint;
  }
  public set storageEndpoint(value: string | undefined) {
    this._storageEndpoint = value;
  }
  public resetStorageEndpoint() {
    this._storageEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageEndpointInput() {
    return this._storageEndpoint;
  }

  // storage_secret_key - computed: false, optional: true, required: false
  private _storageSecretKey?: string; 
  public get storageSecretKey() {
    return this._storageSecretKey;
  }
  public set storageSecretKey(value: string | undefined) {
    this._storageSecretKey = value;
  }
  public resetStorageSecretKey() {
    this._storageSecretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageSecretKeyInput() {
    return this._storageSecretKey;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this._token;
  }
  public set token(value: string | undefined) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // ymq_access_key - computed: false, optional: true, required: false
  private _ymqAccessKey?: string; 
  public get ymqAccessKey() {
    return this._ymqAccessKey;
  }
  public set ymqAccessKey(value: string | undefined) {
    this._ymqAccessKey = value;
  }
  public resetYmqAccessKey() {
    this._ymqAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ymqAccessKeyInput() {
    return this._ymqAccessKey;
  }

  // ymq_endpoint - computed: false, optional: true, required: false
  private _ymqEndpoint?: string; 
  public get ymqEndpoint() {
    return this._ymqEndpoint;
  }
  public set ymqEndpoint(value: string | undefined) {
    this._ymqEndpoint = value;
  }
  public resetYmqEndpoint() {
    this._ymqEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ymqEndpointInput() {
    return this._ymqEndpoint;
  }

  // ymq_secret_key - computed: false, optional: true, required: false
  private _ymqSecretKey?: string; 
  public get ymqSecretKey() {
    return this._ymqSecretKey;
  }
  public set ymqSecretKey(value: string | undefined) {
    this._ymqSecretKey = value;
  }
  public resetYmqSecretKey() {
    this._ymqSecretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ymqSecretKeyInput() {
    return this._ymqSecretKey;
  }

  // yq_endpoint - computed: false, optional: true, required: false
  private _yqEndpoint?: string; 
  public get yqEndpoint() {
    return this._yqEndpoint;
  }
  public set yqEndpoint(value: string | undefined) {
    this._yqEndpoint = value;
  }
  public resetYqEndpoint() {
    this._yqEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get yqEndpointInput() {
    return this._yqEndpoint;
  }

  // zone - computed: false, optional: true, required: false
  private _zone?: string; 
  public get zone() {
    return this._zone;
  }
  public set zone(value: string | undefined) {
    this._zone = value;
  }
  public resetZone() {
    this._zone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zoneInput() {
    return this._zone;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cloud_id: cdktf.stringToTerraform(this._cloudId),
      datalens_endpoint: cdktf.stringToTerraform(this._datalensEndpoint),
      endpoint: cdktf.stringToTerraform(this._endpoint),
      folder_id: cdktf.stringToTerraform(this._folderId),
      insecure: cdktf.booleanToTerraform(this._insecure),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      organization_id: cdktf.stringToTerraform(this._organizationId),
      plaintext: cdktf.booleanToTerraform(this._plaintext),
      profile: cdktf.stringToTerraform(this._profile),
      region_id: cdktf.stringToTerraform(this._regionId),
      service_account_key_file: cdktf.stringToTerraform(this._serviceAccountKeyFile),
      shared_credentials_file: cdktf.stringToTerraform(this._sharedCredentialsFile),
      storage_access_key: cdktf.stringToTerraform(this._storageAccessKey),
      storage_endpoint: cdktf.stringToTerraform(this._storageEndpoint),
      storage_secret_key: cdktf.stringToTerraform(this._storageSecretKey),
      token: cdktf.stringToTerraform(this._token),
      ymq_access_key: cdktf.stringToTerraform(this._ymqAccessKey),
      ymq_endpoint: cdktf.stringToTerraform(this._ymqEndpoint),
      ymq_secret_key: cdktf.stringToTerraform(this._ymqSecretKey),
      yq_endpoint: cdktf.stringToTerraform(this._yqEndpoint),
      zone: cdktf.stringToTerraform(this._zone),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cloud_id: {
        value: cdktf.stringToHclTerraform(this._cloudId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      datalens_endpoint: {
        value: cdktf.stringToHclTerraform(this._datalensEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint: {
        value: cdktf.stringToHclTerraform(this._endpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      folder_id: {
        value: cdktf.stringToHclTerraform(this._folderId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      organization_id: {
        value: cdktf.stringToHclTerraform(this._organizationId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      plaintext: {
        value: cdktf.booleanToHclTerraform(this._plaintext),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      profile: {
        value: cdktf.stringToHclTerraform(this._profile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region_id: {
        value: cdktf.stringToHclTerraform(this._regionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_account_key_file: {
        value: cdktf.stringToHclTerraform(this._serviceAccountKeyFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shared_credentials_file: {
        value: cdktf.stringToHclTerraform(this._sharedCredentialsFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      storage_access_key: {
        value: cdktf.stringToHclTerraform(this._storageAccessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      storage_endpoint: {
        value: cdktf.stringToHclTerraform(this._storageEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      storage_secret_key: {
        value: cdktf.stringToHclTerraform(this._storageSecretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ymq_access_key: {
        value: cdktf.stringToHclTerraform(this._ymqAccessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ymq_endpoint: {
        value: cdktf.stringToHclTerraform(this._ymqEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ymq_secret_key: {
        value: cdktf.stringToHclTerraform(this._ymqSecretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      yq_endpoint: {
        value: cdktf.stringToHclTerraform(this._yqEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      zone: {
        value: cdktf.stringToHclTerraform(this._zone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
