// https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServerlessTriggersConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#action ServerlessTriggers#action}
  */
  readonly action?: ServerlessTriggersAction[] | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#description ServerlessTriggers#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#folder_id ServerlessTriggers#folder_id}
  */
  readonly folderId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#id ServerlessTriggers#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#labels ServerlessTriggers#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#name ServerlessTriggers#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#source ServerlessTriggers#source}
  */
  readonly source: ServerlessTriggersSource;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#timeouts ServerlessTriggers#timeouts}
  */
  readonly timeouts?: ServerlessTriggersTimeouts;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#trigger_id ServerlessTriggers#trigger_id}
  */
  readonly triggerId?: string;
}
export interface ServerlessTriggersActionDeadLetterDeadLetterQueue {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#message_attributes ServerlessTriggers#message_attributes}
  */
  readonly messageAttributes?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#queue_arn ServerlessTriggers#queue_arn}
  */
  readonly queueArn: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
}

export function serverlessTriggersActionDeadLetterDeadLetterQueueToTerraform(struct?: ServerlessTriggersActionDeadLetterDeadLetterQueue | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    message_attributes: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.messageAttributes),
    queue_arn: cdktf.stringToTerraform(struct!.queueArn),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
  }
}


export function serverlessTriggersActionDeadLetterDeadLetterQueueToHclTerraform(struct?: ServerlessTriggersActionDeadLetterDeadLetterQueue | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    message_attributes: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.messageAttributes),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    queue_arn: {
      value: cdktf.stringToHclTerraform(struct!.queueArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionDeadLetterDeadLetterQueueOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionDeadLetterDeadLetterQueue | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._messageAttributes !== undefined) {
      hasAnyValues = true;
      internalValueResult.messageAttributes = this._messageAttributes;
    }
    if (this._queueArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.queueArn = this._queueArn;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionDeadLetterDeadLetterQueue | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._messageAttributes = undefined;
      this._queueArn = undefined;
      this._serviceAccountId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._messageAttributes = value.messageAttributes;
      this._queueArn = value.queueArn;
      this._serviceAccountId = value.serviceAccountId;
    }
  }

  // message_attributes - computed: true, optional: true, required: false
  private _messageAttributes?: { [key: string]: string }; 
  public get messageAttributes() {
    return this.getStringMapAttribute('message_attributes');
  }
  public set messageAttributes(value: { [key: string]: string }) {
    this._messageAttributes = value;
  }
  public resetMessageAttributes() {
    this._messageAttributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messageAttributesInput() {
    return this._messageAttributes;
  }

  // queue_arn - computed: true, optional: false, required: true
  private _queueArn?: string; 
  public get queueArn() {
    return this.getStringAttribute('queue_arn');
  }
  public set queueArn(value: string) {
    this._queueArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get queueArnInput() {
    return this._queueArn;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }
}
export interface ServerlessTriggersActionDeadLetter {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#dead_letter_queue ServerlessTriggers#dead_letter_queue}
  */
  readonly deadLetterQueue?: ServerlessTriggersActionDeadLetterDeadLetterQueue;
}

export function serverlessTriggersActionDeadLetterToTerraform(struct?: ServerlessTriggersActionDeadLetter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dead_letter_queue: serverlessTriggersActionDeadLetterDeadLetterQueueToTerraform(struct!.deadLetterQueue),
  }
}


export function serverlessTriggersActionDeadLetterToHclTerraform(struct?: ServerlessTriggersActionDeadLetter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dead_letter_queue: {
      value: serverlessTriggersActionDeadLetterDeadLetterQueueToHclTerraform(struct!.deadLetterQueue),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionDeadLetterDeadLetterQueue",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionDeadLetterOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionDeadLetter | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deadLetterQueue?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.deadLetterQueue = this._deadLetterQueue?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionDeadLetter | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._deadLetterQueue.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._deadLetterQueue.internalValue = value.deadLetterQueue;
    }
  }

  // dead_letter_queue - computed: true, optional: true, required: false
  private _deadLetterQueue = new ServerlessTriggersActionDeadLetterDeadLetterQueueOutputReference(this, "dead_letter_queue");
  public get deadLetterQueue() {
    return this._deadLetterQueue;
  }
  public putDeadLetterQueue(value: ServerlessTriggersActionDeadLetterDeadLetterQueue) {
    this._deadLetterQueue.internalValue = value;
  }
  public resetDeadLetterQueue() {
    this._deadLetterQueue.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deadLetterQueueInput() {
    return this._deadLetterQueue.internalValue;
  }
}
export interface ServerlessTriggersActionFilter {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#jq ServerlessTriggers#jq}
  */
  readonly jq?: string;
}

export function serverlessTriggersActionFilterToTerraform(struct?: ServerlessTriggersActionFilter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    jq: cdktf.stringToTerraform(struct!.jq),
  }
}


export function serverlessTriggersActionFilterToHclTerraform(struct?: ServerlessTriggersActionFilter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    jq: {
      value: cdktf.stringToHclTerraform(struct!.jq),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionFilterOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionFilter | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._jq !== undefined) {
      hasAnyValues = true;
      internalValueResult.jq = this._jq;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionFilter | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._jq = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._jq = value.jq;
    }
  }

  // jq - computed: true, optional: true, required: false
  private _jq?: string; 
  public get jq() {
    return this.getStringAttribute('jq');
  }
  public set jq(value: string) {
    this._jq = value;
  }
  public resetJq() {
    this._jq = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jqInput() {
    return this._jq;
  }
}
export interface ServerlessTriggersActionGatewayWebsocketBroadcast {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#gateway_id ServerlessTriggers#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#path ServerlessTriggers#path}
  */
  readonly path: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
}

export function serverlessTriggersActionGatewayWebsocketBroadcastToTerraform(struct?: ServerlessTriggersActionGatewayWebsocketBroadcast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    gateway_id: cdktf.stringToTerraform(struct!.gatewayId),
    path: cdktf.stringToTerraform(struct!.path),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
  }
}


export function serverlessTriggersActionGatewayWebsocketBroadcastToHclTerraform(struct?: ServerlessTriggersActionGatewayWebsocketBroadcast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    gateway_id: {
      value: cdktf.stringToHclTerraform(struct!.gatewayId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionGatewayWebsocketBroadcastOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionGatewayWebsocketBroadcast | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._gatewayId !== undefined) {
      hasAnyValues = true;
      internalValueResult.gatewayId = this._gatewayId;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionGatewayWebsocketBroadcast | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._gatewayId = undefined;
      this._path = undefined;
      this._serviceAccountId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._gatewayId = value.gatewayId;
      this._path = value.path;
      this._serviceAccountId = value.serviceAccountId;
    }
  }

  // gateway_id - computed: true, optional: false, required: true
  private _gatewayId?: string; 
  public get gatewayId() {
    return this.getStringAttribute('gateway_id');
  }
  public set gatewayId(value: string) {
    this._gatewayId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayIdInput() {
    return this._gatewayId;
  }

  // path - computed: true, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }
}
export interface ServerlessTriggersActionInvokeContainer {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#container_id ServerlessTriggers#container_id}
  */
  readonly containerId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#path ServerlessTriggers#path}
  */
  readonly path?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
}

export function serverlessTriggersActionInvokeContainerToTerraform(struct?: ServerlessTriggersActionInvokeContainer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    container_id: cdktf.stringToTerraform(struct!.containerId),
    path: cdktf.stringToTerraform(struct!.path),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
  }
}


export function serverlessTriggersActionInvokeContainerToHclTerraform(struct?: ServerlessTriggersActionInvokeContainer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    container_id: {
      value: cdktf.stringToHclTerraform(struct!.containerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionInvokeContainerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionInvokeContainer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._containerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerId = this._containerId;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionInvokeContainer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._containerId = undefined;
      this._path = undefined;
      this._serviceAccountId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._containerId = value.containerId;
      this._path = value.path;
      this._serviceAccountId = value.serviceAccountId;
    }
  }

  // container_id - computed: true, optional: false, required: true
  private _containerId?: string; 
  public get containerId() {
    return this.getStringAttribute('container_id');
  }
  public set containerId(value: string) {
    this._containerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get containerIdInput() {
    return this._containerId;
  }

  // path - computed: true, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }
}
export interface ServerlessTriggersActionInvokeFunction {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#function_id ServerlessTriggers#function_id}
  */
  readonly functionId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#function_tag ServerlessTriggers#function_tag}
  */
  readonly functionTag?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
}

export function serverlessTriggersActionInvokeFunctionToTerraform(struct?: ServerlessTriggersActionInvokeFunction | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    function_id: cdktf.stringToTerraform(struct!.functionId),
    function_tag: cdktf.stringToTerraform(struct!.functionTag),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
  }
}


export function serverlessTriggersActionInvokeFunctionToHclTerraform(struct?: ServerlessTriggersActionInvokeFunction | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    function_id: {
      value: cdktf.stringToHclTerraform(struct!.functionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    function_tag: {
      value: cdktf.stringToHclTerraform(struct!.functionTag),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionInvokeFunctionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionInvokeFunction | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._functionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.functionId = this._functionId;
    }
    if (this._functionTag !== undefined) {
      hasAnyValues = true;
      internalValueResult.functionTag = this._functionTag;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionInvokeFunction | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._functionId = undefined;
      this._functionTag = undefined;
      this._serviceAccountId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._functionId = value.functionId;
      this._functionTag = value.functionTag;
      this._serviceAccountId = value.serviceAccountId;
    }
  }

  // function_id - computed: true, optional: false, required: true
  private _functionId?: string; 
  public get functionId() {
    return this.getStringAttribute('function_id');
  }
  public set functionId(value: string) {
    this._functionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get functionIdInput() {
    return this._functionId;
  }

  // function_tag - computed: true, optional: true, required: false
  private _functionTag?: string; 
  public get functionTag() {
    return this.getStringAttribute('function_tag');
  }
  public set functionTag(value: string) {
    this._functionTag = value;
  }
  public resetFunctionTag() {
    this._functionTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get functionTagInput() {
    return this._functionTag;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }
}
export interface ServerlessTriggersActionRetryPolicy {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#interval ServerlessTriggers#interval}
  */
  readonly interval: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#retry_attempts ServerlessTriggers#retry_attempts}
  */
  readonly retryAttempts?: number;
}

export function serverlessTriggersActionRetryPolicyToTerraform(struct?: ServerlessTriggersActionRetryPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    interval: cdktf.stringToTerraform(struct!.interval),
    retry_attempts: cdktf.numberToTerraform(struct!.retryAttempts),
  }
}


export function serverlessTriggersActionRetryPolicyToHclTerraform(struct?: ServerlessTriggersActionRetryPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    interval: {
      value: cdktf.stringToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    retry_attempts: {
      value: cdktf.numberToHclTerraform(struct!.retryAttempts),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionRetryPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionRetryPolicy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._retryAttempts !== undefined) {
      hasAnyValues = true;
      internalValueResult.retryAttempts = this._retryAttempts;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionRetryPolicy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._interval = undefined;
      this._retryAttempts = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._interval = value.interval;
      this._retryAttempts = value.retryAttempts;
    }
  }

  // interval - computed: true, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // retry_attempts - computed: true, optional: true, required: false
  private _retryAttempts?: number; 
  public get retryAttempts() {
    return this.getNumberAttribute('retry_attempts');
  }
  public set retryAttempts(value: number) {
    this._retryAttempts = value;
  }
  public resetRetryAttempts() {
    this._retryAttempts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retryAttemptsInput() {
    return this._retryAttempts;
  }
}
export interface ServerlessTriggersActionStartWorkflow {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#workflow_id ServerlessTriggers#workflow_id}
  */
  readonly workflowId: string;
}

export function serverlessTriggersActionStartWorkflowToTerraform(struct?: ServerlessTriggersActionStartWorkflow | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
    workflow_id: cdktf.stringToTerraform(struct!.workflowId),
  }
}


export function serverlessTriggersActionStartWorkflowToHclTerraform(struct?: ServerlessTriggersActionStartWorkflow | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    workflow_id: {
      value: cdktf.stringToHclTerraform(struct!.workflowId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionStartWorkflowOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionStartWorkflow | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    if (this._workflowId !== undefined) {
      hasAnyValues = true;
      internalValueResult.workflowId = this._workflowId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionStartWorkflow | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._serviceAccountId = undefined;
      this._workflowId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._serviceAccountId = value.serviceAccountId;
      this._workflowId = value.workflowId;
    }
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }

  // workflow_id - computed: true, optional: false, required: true
  private _workflowId?: string; 
  public get workflowId() {
    return this.getStringAttribute('workflow_id');
  }
  public set workflowId(value: string) {
    this._workflowId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get workflowIdInput() {
    return this._workflowId;
  }
}
export interface ServerlessTriggersActionTransformer {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#jq ServerlessTriggers#jq}
  */
  readonly jq?: string;
}

export function serverlessTriggersActionTransformerToTerraform(struct?: ServerlessTriggersActionTransformer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    jq: cdktf.stringToTerraform(struct!.jq),
  }
}


export function serverlessTriggersActionTransformerToHclTerraform(struct?: ServerlessTriggersActionTransformer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    jq: {
      value: cdktf.stringToHclTerraform(struct!.jq),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionTransformerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersActionTransformer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._jq !== undefined) {
      hasAnyValues = true;
      internalValueResult.jq = this._jq;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersActionTransformer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._jq = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._jq = value.jq;
    }
  }

  // jq - computed: true, optional: true, required: false
  private _jq?: string; 
  public get jq() {
    return this.getStringAttribute('jq');
  }
  public set jq(value: string) {
    this._jq = value;
  }
  public resetJq() {
    this._jq = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jqInput() {
    return this._jq;
  }
}
export interface ServerlessTriggersAction {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#dead_letter ServerlessTriggers#dead_letter}
  */
  readonly deadLetter?: ServerlessTriggersActionDeadLetter;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#filter ServerlessTriggers#filter}
  */
  readonly filter?: ServerlessTriggersActionFilter;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#gateway_websocket_broadcast ServerlessTriggers#gateway_websocket_broadcast}
  */
  readonly gatewayWebsocketBroadcast?: ServerlessTriggersActionGatewayWebsocketBroadcast;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#invoke_container ServerlessTriggers#invoke_container}
  */
  readonly invokeContainer?: ServerlessTriggersActionInvokeContainer;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#invoke_function ServerlessTriggers#invoke_function}
  */
  readonly invokeFunction?: ServerlessTriggersActionInvokeFunction;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#retry_policy ServerlessTriggers#retry_policy}
  */
  readonly retryPolicy?: ServerlessTriggersActionRetryPolicy;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#start_workflow ServerlessTriggers#start_workflow}
  */
  readonly startWorkflow?: ServerlessTriggersActionStartWorkflow;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#transformer ServerlessTriggers#transformer}
  */
  readonly transformer?: ServerlessTriggersActionTransformer;
}

export function serverlessTriggersActionToTerraform(struct?: ServerlessTriggersAction | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dead_letter: serverlessTriggersActionDeadLetterToTerraform(struct!.deadLetter),
    filter: serverlessTriggersActionFilterToTerraform(struct!.filter),
    gateway_websocket_broadcast: serverlessTriggersActionGatewayWebsocketBroadcastToTerraform(struct!.gatewayWebsocketBroadcast),
    invoke_container: serverlessTriggersActionInvokeContainerToTerraform(struct!.invokeContainer),
    invoke_function: serverlessTriggersActionInvokeFunctionToTerraform(struct!.invokeFunction),
    retry_policy: serverlessTriggersActionRetryPolicyToTerraform(struct!.retryPolicy),
    start_workflow: serverlessTriggersActionStartWorkflowToTerraform(struct!.startWorkflow),
    transformer: serverlessTriggersActionTransformerToTerraform(struct!.transformer),
  }
}


export function serverlessTriggersActionToHclTerraform(struct?: ServerlessTriggersAction | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dead_letter: {
      value: serverlessTriggersActionDeadLetterToHclTerraform(struct!.deadLetter),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionDeadLetter",
    },
    filter: {
      value: serverlessTriggersActionFilterToHclTerraform(struct!.filter),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionFilter",
    },
    gateway_websocket_broadcast: {
      value: serverlessTriggersActionGatewayWebsocketBroadcastToHclTerraform(struct!.gatewayWebsocketBroadcast),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionGatewayWebsocketBroadcast",
    },
    invoke_container: {
      value: serverlessTriggersActionInvokeContainerToHclTerraform(struct!.invokeContainer),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionInvokeContainer",
    },
    invoke_function: {
      value: serverlessTriggersActionInvokeFunctionToHclTerraform(struct!.invokeFunction),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionInvokeFunction",
    },
    retry_policy: {
      value: serverlessTriggersActionRetryPolicyToHclTerraform(struct!.retryPolicy),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionRetryPolicy",
    },
    start_workflow: {
      value: serverlessTriggersActionStartWorkflowToHclTerraform(struct!.startWorkflow),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionStartWorkflow",
    },
    transformer: {
      value: serverlessTriggersActionTransformerToHclTerraform(struct!.transformer),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersActionTransformer",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ServerlessTriggersAction | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deadLetter?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.deadLetter = this._deadLetter?.internalValue;
    }
    if (this._filter?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter?.internalValue;
    }
    if (this._gatewayWebsocketBroadcast?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.gatewayWebsocketBroadcast = this._gatewayWebsocketBroadcast?.internalValue;
    }
    if (this._invokeContainer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.invokeContainer = this._invokeContainer?.internalValue;
    }
    if (this._invokeFunction?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.invokeFunction = this._invokeFunction?.internalValue;
    }
    if (this._retryPolicy?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.retryPolicy = this._retryPolicy?.internalValue;
    }
    if (this._startWorkflow?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.startWorkflow = this._startWorkflow?.internalValue;
    }
    if (this._transformer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.transformer = this._transformer?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersAction | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._deadLetter.internalValue = undefined;
      this._filter.internalValue = undefined;
      this._gatewayWebsocketBroadcast.internalValue = undefined;
      this._invokeContainer.internalValue = undefined;
      this._invokeFunction.internalValue = undefined;
      this._retryPolicy.internalValue = undefined;
      this._startWorkflow.internalValue = undefined;
      this._transformer.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._deadLetter.internalValue = value.deadLetter;
      this._filter.internalValue = value.filter;
      this._gatewayWebsocketBroadcast.internalValue = value.gatewayWebsocketBroadcast;
      this._invokeContainer.internalValue = value.invokeContainer;
      this._invokeFunction.internalValue = value.invokeFunction;
      this._retryPolicy.internalValue = value.retryPolicy;
      this._startWorkflow.internalValue = value.startWorkflow;
      this._transformer.internalValue = value.transformer;
    }
  }

  // dead_letter - computed: true, optional: true, required: false
  private _deadLetter = new ServerlessTriggersActionDeadLetterOutputReference(this, "dead_letter");
  public get deadLetter() {
    return this._deadLetter;
  }
  public putDeadLetter(value: ServerlessTriggersActionDeadLetter) {
    this._deadLetter.internalValue = value;
  }
  public resetDeadLetter() {
    this._deadLetter.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deadLetterInput() {
    return this._deadLetter.internalValue;
  }

  // filter - computed: true, optional: true, required: false
  private _filter = new ServerlessTriggersActionFilterOutputReference(this, "filter");
  public get filter() {
    return this._filter;
  }
  public putFilter(value: ServerlessTriggersActionFilter) {
    this._filter.internalValue = value;
  }
  public resetFilter() {
    this._filter.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter.internalValue;
  }

  // gateway_websocket_broadcast - computed: true, optional: true, required: false
  private _gatewayWebsocketBroadcast = new ServerlessTriggersActionGatewayWebsocketBroadcastOutputReference(this, "gateway_websocket_broadcast");
  public get gatewayWebsocketBroadcast() {
    return this._gatewayWebsocketBroadcast;
  }
  public putGatewayWebsocketBroadcast(value: ServerlessTriggersActionGatewayWebsocketBroadcast) {
    this._gatewayWebsocketBroadcast.internalValue = value;
  }
  public resetGatewayWebsocketBroadcast() {
    this._gatewayWebsocketBroadcast.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayWebsocketBroadcastInput() {
    return this._gatewayWebsocketBroadcast.internalValue;
  }

  // invoke_container - computed: true, optional: true, required: false
  private _invokeContainer = new ServerlessTriggersActionInvokeContainerOutputReference(this, "invoke_container");
  public get invokeContainer() {
    return this._invokeContainer;
  }
  public putInvokeContainer(value: ServerlessTriggersActionInvokeContainer) {
    this._invokeContainer.internalValue = value;
  }
  public resetInvokeContainer() {
    this._invokeContainer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get invokeContainerInput() {
    return this._invokeContainer.internalValue;
  }

  // invoke_function - computed: true, optional: true, required: false
  private _invokeFunction = new ServerlessTriggersActionInvokeFunctionOutputReference(this, "invoke_function");
  public get invokeFunction() {
    return this._invokeFunction;
  }
  public putInvokeFunction(value: ServerlessTriggersActionInvokeFunction) {
    this._invokeFunction.internalValue = value;
  }
  public resetInvokeFunction() {
    this._invokeFunction.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get invokeFunctionInput() {
    return this._invokeFunction.internalValue;
  }

  // retry_policy - computed: true, optional: true, required: false
  private _retryPolicy = new ServerlessTriggersActionRetryPolicyOutputReference(this, "retry_policy");
  public get retryPolicy() {
    return this._retryPolicy;
  }
  public putRetryPolicy(value: ServerlessTriggersActionRetryPolicy) {
    this._retryPolicy.internalValue = value;
  }
  public resetRetryPolicy() {
    this._retryPolicy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retryPolicyInput() {
    return this._retryPolicy.internalValue;
  }

  // start_workflow - computed: true, optional: true, required: false
  private _startWorkflow = new ServerlessTriggersActionStartWorkflowOutputReference(this, "start_workflow");
  public get startWorkflow() {
    return this._startWorkflow;
  }
  public putStartWorkflow(value: ServerlessTriggersActionStartWorkflow) {
    this._startWorkflow.internalValue = value;
  }
  public resetStartWorkflow() {
    this._startWorkflow.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startWorkflowInput() {
    return this._startWorkflow.internalValue;
  }

  // transformer - computed: true, optional: true, required: false
  private _transformer = new ServerlessTriggersActionTransformerOutputReference(this, "transformer");
  public get transformer() {
    return this._transformer;
  }
  public putTransformer(value: ServerlessTriggersActionTransformer) {
    this._transformer.internalValue = value;
  }
  public resetTransformer() {
    this._transformer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformerInput() {
    return this._transformer.internalValue;
  }
}

export class ServerlessTriggersActionList extends cdktf.ComplexList {
  public internalValue? : ServerlessTriggersAction[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ServerlessTriggersActionOutputReference {
    return new ServerlessTriggersActionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ServerlessTriggersSourceBillingBudget {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#billing_account_id ServerlessTriggers#billing_account_id}
  */
  readonly billingAccountId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#budget_id ServerlessTriggers#budget_id}
  */
  readonly budgetId?: string;
}

export function serverlessTriggersSourceBillingBudgetToTerraform(struct?: ServerlessTriggersSourceBillingBudget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    billing_account_id: cdktf.stringToTerraform(struct!.billingAccountId),
    budget_id: cdktf.stringToTerraform(struct!.budgetId),
  }
}


export function serverlessTriggersSourceBillingBudgetToHclTerraform(struct?: ServerlessTriggersSourceBillingBudget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    billing_account_id: {
      value: cdktf.stringToHclTerraform(struct!.billingAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    budget_id: {
      value: cdktf.stringToHclTerraform(struct!.budgetId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceBillingBudgetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceBillingBudget | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._billingAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.billingAccountId = this._billingAccountId;
    }
    if (this._budgetId !== undefined) {
      hasAnyValues = true;
      internalValueResult.budgetId = this._budgetId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceBillingBudget | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._billingAccountId = undefined;
      this._budgetId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._billingAccountId = value.billingAccountId;
      this._budgetId = value.budgetId;
    }
  }

  // billing_account_id - computed: true, optional: false, required: true
  private _billingAccountId?: string; 
  public get billingAccountId() {
    return this.getStringAttribute('billing_account_id');
  }
  public set billingAccountId(value: string) {
    this._billingAccountId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get billingAccountIdInput() {
    return this._billingAccountId;
  }

  // budget_id - computed: true, optional: true, required: false
  private _budgetId?: string; 
  public get budgetId() {
    return this.getStringAttribute('budget_id');
  }
  public set budgetId(value: string) {
    this._budgetId = value;
  }
  public resetBudgetId() {
    this._budgetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get budgetIdInput() {
    return this._budgetId;
  }
}
export interface ServerlessTriggersSourceContainerRegistryBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceContainerRegistryBatchSettingsToTerraform(struct?: ServerlessTriggersSourceContainerRegistryBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceContainerRegistryBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceContainerRegistryBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceContainerRegistryBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceContainerRegistryBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceContainerRegistryBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceContainerRegistry {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceContainerRegistryBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#event_type ServerlessTriggers#event_type}
  */
  readonly eventType?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#image_name ServerlessTriggers#image_name}
  */
  readonly imageName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#registry_id ServerlessTriggers#registry_id}
  */
  readonly registryId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#tag ServerlessTriggers#tag}
  */
  readonly tag?: string;
}

export function serverlessTriggersSourceContainerRegistryToTerraform(struct?: ServerlessTriggersSourceContainerRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceContainerRegistryBatchSettingsToTerraform(struct!.batchSettings),
    event_type: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.eventType),
    image_name: cdktf.stringToTerraform(struct!.imageName),
    registry_id: cdktf.stringToTerraform(struct!.registryId),
    tag: cdktf.stringToTerraform(struct!.tag),
  }
}


export function serverlessTriggersSourceContainerRegistryToHclTerraform(struct?: ServerlessTriggersSourceContainerRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceContainerRegistryBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceContainerRegistryBatchSettings",
    },
    event_type: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.eventType),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    image_name: {
      value: cdktf.stringToHclTerraform(struct!.imageName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    registry_id: {
      value: cdktf.stringToHclTerraform(struct!.registryId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tag: {
      value: cdktf.stringToHclTerraform(struct!.tag),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceContainerRegistryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceContainerRegistry | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._eventType !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventType = this._eventType;
    }
    if (this._imageName !== undefined) {
      hasAnyValues = true;
      internalValueResult.imageName = this._imageName;
    }
    if (this._registryId !== undefined) {
      hasAnyValues = true;
      internalValueResult.registryId = this._registryId;
    }
    if (this._tag !== undefined) {
      hasAnyValues = true;
      internalValueResult.tag = this._tag;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceContainerRegistry | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._eventType = undefined;
      this._imageName = undefined;
      this._registryId = undefined;
      this._tag = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._eventType = value.eventType;
      this._imageName = value.imageName;
      this._registryId = value.registryId;
      this._tag = value.tag;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceContainerRegistryBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceContainerRegistryBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // event_type - computed: true, optional: true, required: false
  private _eventType?: string[]; 
  public get eventType() {
    return this.getListAttribute('event_type');
  }
  public set eventType(value: string[]) {
    this._eventType = value;
  }
  public resetEventType() {
    this._eventType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventTypeInput() {
    return this._eventType;
  }

  // image_name - computed: true, optional: true, required: false
  private _imageName?: string; 
  public get imageName() {
    return this.getStringAttribute('image_name');
  }
  public set imageName(value: string) {
    this._imageName = value;
  }
  public resetImageName() {
    this._imageName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageNameInput() {
    return this._imageName;
  }

  // registry_id - computed: true, optional: false, required: true
  private _registryId?: string; 
  public get registryId() {
    return this.getStringAttribute('registry_id');
  }
  public set registryId(value: string) {
    this._registryId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get registryIdInput() {
    return this._registryId;
  }

  // tag - computed: true, optional: true, required: false
  private _tag?: string; 
  public get tag() {
    return this.getStringAttribute('tag');
  }
  public set tag(value: string) {
    this._tag = value;
  }
  public resetTag() {
    this._tag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
  }
}
export interface ServerlessTriggersSourceIotBrokerMessageBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceIotBrokerMessageBatchSettingsToTerraform(struct?: ServerlessTriggersSourceIotBrokerMessageBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceIotBrokerMessageBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceIotBrokerMessageBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceIotBrokerMessageBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceIotBrokerMessageBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceIotBrokerMessageBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceIotBrokerMessage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceIotBrokerMessageBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#broker_id ServerlessTriggers#broker_id}
  */
  readonly brokerId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#mqtt_topic ServerlessTriggers#mqtt_topic}
  */
  readonly mqttTopic?: string;
}

export function serverlessTriggersSourceIotBrokerMessageToTerraform(struct?: ServerlessTriggersSourceIotBrokerMessage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceIotBrokerMessageBatchSettingsToTerraform(struct!.batchSettings),
    broker_id: cdktf.stringToTerraform(struct!.brokerId),
    mqtt_topic: cdktf.stringToTerraform(struct!.mqttTopic),
  }
}


export function serverlessTriggersSourceIotBrokerMessageToHclTerraform(struct?: ServerlessTriggersSourceIotBrokerMessage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceIotBrokerMessageBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceIotBrokerMessageBatchSettings",
    },
    broker_id: {
      value: cdktf.stringToHclTerraform(struct!.brokerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mqtt_topic: {
      value: cdktf.stringToHclTerraform(struct!.mqttTopic),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceIotBrokerMessageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceIotBrokerMessage | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._brokerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.brokerId = this._brokerId;
    }
    if (this._mqttTopic !== undefined) {
      hasAnyValues = true;
      internalValueResult.mqttTopic = this._mqttTopic;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceIotBrokerMessage | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._brokerId = undefined;
      this._mqttTopic = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._brokerId = value.brokerId;
      this._mqttTopic = value.mqttTopic;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceIotBrokerMessageBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceIotBrokerMessageBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // broker_id - computed: true, optional: false, required: true
  private _brokerId?: string; 
  public get brokerId() {
    return this.getStringAttribute('broker_id');
  }
  public set brokerId(value: string) {
    this._brokerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get brokerIdInput() {
    return this._brokerId;
  }

  // mqtt_topic - computed: true, optional: true, required: false
  private _mqttTopic?: string; 
  public get mqttTopic() {
    return this.getStringAttribute('mqtt_topic');
  }
  public set mqttTopic(value: string) {
    this._mqttTopic = value;
  }
  public resetMqttTopic() {
    this._mqttTopic = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mqttTopicInput() {
    return this._mqttTopic;
  }
}
export interface ServerlessTriggersSourceIotMessageBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceIotMessageBatchSettingsToTerraform(struct?: ServerlessTriggersSourceIotMessageBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceIotMessageBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceIotMessageBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceIotMessageBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceIotMessageBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceIotMessageBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceIotMessage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceIotMessageBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#device_id ServerlessTriggers#device_id}
  */
  readonly deviceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#mqtt_topic ServerlessTriggers#mqtt_topic}
  */
  readonly mqttTopic?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#registry_id ServerlessTriggers#registry_id}
  */
  readonly registryId: string;
}

export function serverlessTriggersSourceIotMessageToTerraform(struct?: ServerlessTriggersSourceIotMessage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceIotMessageBatchSettingsToTerraform(struct!.batchSettings),
    device_id: cdktf.stringToTerraform(struct!.deviceId),
    mqtt_topic: cdktf.stringToTerraform(struct!.mqttTopic),
    registry_id: cdktf.stringToTerraform(struct!.registryId),
  }
}


export function serverlessTriggersSourceIotMessageToHclTerraform(struct?: ServerlessTriggersSourceIotMessage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceIotMessageBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceIotMessageBatchSettings",
    },
    device_id: {
      value: cdktf.stringToHclTerraform(struct!.deviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mqtt_topic: {
      value: cdktf.stringToHclTerraform(struct!.mqttTopic),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    registry_id: {
      value: cdktf.stringToHclTerraform(struct!.registryId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceIotMessageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceIotMessage | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._deviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceId = this._deviceId;
    }
    if (this._mqttTopic !== undefined) {
      hasAnyValues = true;
      internalValueResult.mqttTopic = this._mqttTopic;
    }
    if (this._registryId !== undefined) {
      hasAnyValues = true;
      internalValueResult.registryId = this._registryId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceIotMessage | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._deviceId = undefined;
      this._mqttTopic = undefined;
      this._registryId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._deviceId = value.deviceId;
      this._mqttTopic = value.mqttTopic;
      this._registryId = value.registryId;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceIotMessageBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceIotMessageBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // device_id - computed: true, optional: true, required: false
  private _deviceId?: string; 
  public get deviceId() {
    return this.getStringAttribute('device_id');
  }
  public set deviceId(value: string) {
    this._deviceId = value;
  }
  public resetDeviceId() {
    this._deviceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceIdInput() {
    return this._deviceId;
  }

  // mqtt_topic - computed: true, optional: true, required: false
  private _mqttTopic?: string; 
  public get mqttTopic() {
    return this.getStringAttribute('mqtt_topic');
  }
  public set mqttTopic(value: string) {
    this._mqttTopic = value;
  }
  public resetMqttTopic() {
    this._mqttTopic = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mqttTopicInput() {
    return this._mqttTopic;
  }

  // registry_id - computed: true, optional: false, required: true
  private _registryId?: string; 
  public get registryId() {
    return this.getStringAttribute('registry_id');
  }
  public set registryId(value: string) {
    this._registryId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get registryIdInput() {
    return this._registryId;
  }
}
export interface ServerlessTriggersSourceLoggingBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceLoggingBatchSettingsToTerraform(struct?: ServerlessTriggersSourceLoggingBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceLoggingBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceLoggingBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceLoggingBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceLoggingBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceLoggingBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceLogging {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceLoggingBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#levels ServerlessTriggers#levels}
  */
  readonly levels?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#log_group_id ServerlessTriggers#log_group_id}
  */
  readonly logGroupId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#resource_id ServerlessTriggers#resource_id}
  */
  readonly resourceId?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#resource_type ServerlessTriggers#resource_type}
  */
  readonly resourceType?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#stream_name ServerlessTriggers#stream_name}
  */
  readonly streamName?: string[];
}

export function serverlessTriggersSourceLoggingToTerraform(struct?: ServerlessTriggersSourceLogging | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceLoggingBatchSettingsToTerraform(struct!.batchSettings),
    levels: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.levels),
    log_group_id: cdktf.stringToTerraform(struct!.logGroupId),
    resource_id: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.resourceId),
    resource_type: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.resourceType),
    stream_name: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.streamName),
  }
}


export function serverlessTriggersSourceLoggingToHclTerraform(struct?: ServerlessTriggersSourceLogging | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceLoggingBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceLoggingBatchSettings",
    },
    levels: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.levels),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    log_group_id: {
      value: cdktf.stringToHclTerraform(struct!.logGroupId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_id: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.resourceId),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    resource_type: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.resourceType),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    stream_name: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.streamName),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceLoggingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceLogging | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._levels !== undefined) {
      hasAnyValues = true;
      internalValueResult.levels = this._levels;
    }
    if (this._logGroupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.logGroupId = this._logGroupId;
    }
    if (this._resourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceId = this._resourceId;
    }
    if (this._resourceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceType = this._resourceType;
    }
    if (this._streamName !== undefined) {
      hasAnyValues = true;
      internalValueResult.streamName = this._streamName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceLogging | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._levels = undefined;
      this._logGroupId = undefined;
      this._resourceId = undefined;
      this._resourceType = undefined;
      this._streamName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._levels = value.levels;
      this._logGroupId = value.logGroupId;
      this._resourceId = value.resourceId;
      this._resourceType = value.resourceType;
      this._streamName = value.streamName;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceLoggingBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceLoggingBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // levels - computed: true, optional: true, required: false
  private _levels?: string[]; 
  public get levels() {
    return this.getListAttribute('levels');
  }
  public set levels(value: string[]) {
    this._levels = value;
  }
  public resetLevels() {
    this._levels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelsInput() {
    return this._levels;
  }

  // log_group_id - computed: true, optional: false, required: true
  private _logGroupId?: string; 
  public get logGroupId() {
    return this.getStringAttribute('log_group_id');
  }
  public set logGroupId(value: string) {
    this._logGroupId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get logGroupIdInput() {
    return this._logGroupId;
  }

  // resource_id - computed: true, optional: true, required: false
  private _resourceId?: string[]; 
  public get resourceId() {
    return this.getListAttribute('resource_id');
  }
  public set resourceId(value: string[]) {
    this._resourceId = value;
  }
  public resetResourceId() {
    this._resourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceIdInput() {
    return this._resourceId;
  }

  // resource_type - computed: true, optional: true, required: false
  private _resourceType?: string[]; 
  public get resourceType() {
    return this.getListAttribute('resource_type');
  }
  public set resourceType(value: string[]) {
    this._resourceType = value;
  }
  public resetResourceType() {
    this._resourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeInput() {
    return this._resourceType;
  }

  // stream_name - computed: true, optional: true, required: false
  private _streamName?: string[]; 
  public get streamName() {
    return this.getListAttribute('stream_name');
  }
  public set streamName(value: string[]) {
    this._streamName = value;
  }
  public resetStreamName() {
    this._streamName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamNameInput() {
    return this._streamName;
  }
}
export interface ServerlessTriggersSourceMailAttachmentsBucket {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#bucket_id ServerlessTriggers#bucket_id}
  */
  readonly bucketId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
}

export function serverlessTriggersSourceMailAttachmentsBucketToTerraform(struct?: ServerlessTriggersSourceMailAttachmentsBucket | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bucket_id: cdktf.stringToTerraform(struct!.bucketId),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
  }
}


export function serverlessTriggersSourceMailAttachmentsBucketToHclTerraform(struct?: ServerlessTriggersSourceMailAttachmentsBucket | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bucket_id: {
      value: cdktf.stringToHclTerraform(struct!.bucketId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceMailAttachmentsBucketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceMailAttachmentsBucket | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bucketId !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucketId = this._bucketId;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceMailAttachmentsBucket | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bucketId = undefined;
      this._serviceAccountId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bucketId = value.bucketId;
      this._serviceAccountId = value.serviceAccountId;
    }
  }

  // bucket_id - computed: true, optional: true, required: false
  private _bucketId?: string; 
  public get bucketId() {
    return this.getStringAttribute('bucket_id');
  }
  public set bucketId(value: string) {
    this._bucketId = value;
  }
  public resetBucketId() {
    this._bucketId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketIdInput() {
    return this._bucketId;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }
}
export interface ServerlessTriggersSourceMailBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceMailBatchSettingsToTerraform(struct?: ServerlessTriggersSourceMailBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceMailBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceMailBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceMailBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceMailBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceMailBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceMail {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#attachments_bucket ServerlessTriggers#attachments_bucket}
  */
  readonly attachmentsBucket?: ServerlessTriggersSourceMailAttachmentsBucket;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceMailBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#email ServerlessTriggers#email}
  */
  readonly email?: string;
}

export function serverlessTriggersSourceMailToTerraform(struct?: ServerlessTriggersSourceMail | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attachments_bucket: serverlessTriggersSourceMailAttachmentsBucketToTerraform(struct!.attachmentsBucket),
    batch_settings: serverlessTriggersSourceMailBatchSettingsToTerraform(struct!.batchSettings),
    email: cdktf.stringToTerraform(struct!.email),
  }
}


export function serverlessTriggersSourceMailToHclTerraform(struct?: ServerlessTriggersSourceMail | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attachments_bucket: {
      value: serverlessTriggersSourceMailAttachmentsBucketToHclTerraform(struct!.attachmentsBucket),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceMailAttachmentsBucket",
    },
    batch_settings: {
      value: serverlessTriggersSourceMailBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceMailBatchSettings",
    },
    email: {
      value: cdktf.stringToHclTerraform(struct!.email),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceMailOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceMail | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attachmentsBucket?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.attachmentsBucket = this._attachmentsBucket?.internalValue;
    }
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._email !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceMail | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._attachmentsBucket.internalValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._email = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._attachmentsBucket.internalValue = value.attachmentsBucket;
      this._batchSettings.internalValue = value.batchSettings;
      this._email = value.email;
    }
  }

  // attachments_bucket - computed: true, optional: true, required: false
  private _attachmentsBucket = new ServerlessTriggersSourceMailAttachmentsBucketOutputReference(this, "attachments_bucket");
  public get attachmentsBucket() {
    return this._attachmentsBucket;
  }
  public putAttachmentsBucket(value: ServerlessTriggersSourceMailAttachmentsBucket) {
    this._attachmentsBucket.internalValue = value;
  }
  public resetAttachmentsBucket() {
    this._attachmentsBucket.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attachmentsBucketInput() {
    return this._attachmentsBucket.internalValue;
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceMailBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceMailBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // email - computed: true, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }
}
export interface ServerlessTriggersSourceObjectStorageBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceObjectStorageBatchSettingsToTerraform(struct?: ServerlessTriggersSourceObjectStorageBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceObjectStorageBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceObjectStorageBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceObjectStorageBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceObjectStorageBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceObjectStorageBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceObjectStorage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceObjectStorageBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#bucket_id ServerlessTriggers#bucket_id}
  */
  readonly bucketId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#event_type ServerlessTriggers#event_type}
  */
  readonly eventType?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#prefix ServerlessTriggers#prefix}
  */
  readonly prefix?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#suffix ServerlessTriggers#suffix}
  */
  readonly suffix?: string;
}

export function serverlessTriggersSourceObjectStorageToTerraform(struct?: ServerlessTriggersSourceObjectStorage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceObjectStorageBatchSettingsToTerraform(struct!.batchSettings),
    bucket_id: cdktf.stringToTerraform(struct!.bucketId),
    event_type: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.eventType),
    prefix: cdktf.stringToTerraform(struct!.prefix),
    suffix: cdktf.stringToTerraform(struct!.suffix),
  }
}


export function serverlessTriggersSourceObjectStorageToHclTerraform(struct?: ServerlessTriggersSourceObjectStorage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceObjectStorageBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceObjectStorageBatchSettings",
    },
    bucket_id: {
      value: cdktf.stringToHclTerraform(struct!.bucketId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    event_type: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.eventType),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    suffix: {
      value: cdktf.stringToHclTerraform(struct!.suffix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceObjectStorageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceObjectStorage | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._bucketId !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucketId = this._bucketId;
    }
    if (this._eventType !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventType = this._eventType;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    if (this._suffix !== undefined) {
      hasAnyValues = true;
      internalValueResult.suffix = this._suffix;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceObjectStorage | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._bucketId = undefined;
      this._eventType = undefined;
      this._prefix = undefined;
      this._suffix = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._bucketId = value.bucketId;
      this._eventType = value.eventType;
      this._prefix = value.prefix;
      this._suffix = value.suffix;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceObjectStorageBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceObjectStorageBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // bucket_id - computed: true, optional: false, required: true
  private _bucketId?: string; 
  public get bucketId() {
    return this.getStringAttribute('bucket_id');
  }
  public set bucketId(value: string) {
    this._bucketId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketIdInput() {
    return this._bucketId;
  }

  // event_type - computed: true, optional: true, required: false
  private _eventType?: string[]; 
  public get eventType() {
    return this.getListAttribute('event_type');
  }
  public set eventType(value: string[]) {
    this._eventType = value;
  }
  public resetEventType() {
    this._eventType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventTypeInput() {
    return this._eventType;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // suffix - computed: true, optional: true, required: false
  private _suffix?: string; 
  public get suffix() {
    return this.getStringAttribute('suffix');
  }
  public set suffix(value: string) {
    this._suffix = value;
  }
  public resetSuffix() {
    this._suffix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get suffixInput() {
    return this._suffix;
  }
}
export interface ServerlessTriggersSourceTelegramMessage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#allowed_updates ServerlessTriggers#allowed_updates}
  */
  readonly allowedUpdates?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#bot_token ServerlessTriggers#bot_token}
  */
  readonly botToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#force ServerlessTriggers#force}
  */
  readonly force?: boolean | cdktf.IResolvable;
}

export function serverlessTriggersSourceTelegramMessageToTerraform(struct?: ServerlessTriggersSourceTelegramMessage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allowed_updates: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.allowedUpdates),
    bot_token: cdktf.stringToTerraform(struct!.botToken),
    force: cdktf.booleanToTerraform(struct!.force),
  }
}


export function serverlessTriggersSourceTelegramMessageToHclTerraform(struct?: ServerlessTriggersSourceTelegramMessage | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allowed_updates: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.allowedUpdates),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    bot_token: {
      value: cdktf.stringToHclTerraform(struct!.botToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    force: {
      value: cdktf.booleanToHclTerraform(struct!.force),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceTelegramMessageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceTelegramMessage | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowedUpdates !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowedUpdates = this._allowedUpdates;
    }
    if (this._botToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.botToken = this._botToken;
    }
    if (this._force !== undefined) {
      hasAnyValues = true;
      internalValueResult.force = this._force;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceTelegramMessage | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowedUpdates = undefined;
      this._botToken = undefined;
      this._force = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowedUpdates = value.allowedUpdates;
      this._botToken = value.botToken;
      this._force = value.force;
    }
  }

  // allowed_updates - computed: true, optional: true, required: false
  private _allowedUpdates?: string[]; 
  public get allowedUpdates() {
    return this.getListAttribute('allowed_updates');
  }
  public set allowedUpdates(value: string[]) {
    this._allowedUpdates = value;
  }
  public resetAllowedUpdates() {
    this._allowedUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedUpdatesInput() {
    return this._allowedUpdates;
  }

  // bot_token - computed: true, optional: true, required: false
  private _botToken?: string; 
  public get botToken() {
    return this.getStringAttribute('bot_token');
  }
  public set botToken(value: string) {
    this._botToken = value;
  }
  public resetBotToken() {
    this._botToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get botTokenInput() {
    return this._botToken;
  }

  // force - computed: true, optional: true, required: false
  private _force?: boolean | cdktf.IResolvable; 
  public get force() {
    return this.getBooleanAttribute('force');
  }
  public set force(value: boolean | cdktf.IResolvable) {
    this._force = value;
  }
  public resetForce() {
    this._force = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceInput() {
    return this._force;
  }
}
export interface ServerlessTriggersSourceTimer {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cron_expression ServerlessTriggers#cron_expression}
  */
  readonly cronExpression: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#payload ServerlessTriggers#payload}
  */
  readonly payload?: string;
}

export function serverlessTriggersSourceTimerToTerraform(struct?: ServerlessTriggersSourceTimer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cron_expression: cdktf.stringToTerraform(struct!.cronExpression),
    payload: cdktf.stringToTerraform(struct!.payload),
  }
}


export function serverlessTriggersSourceTimerToHclTerraform(struct?: ServerlessTriggersSourceTimer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cron_expression: {
      value: cdktf.stringToHclTerraform(struct!.cronExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    payload: {
      value: cdktf.stringToHclTerraform(struct!.payload),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceTimerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceTimer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cronExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.cronExpression = this._cronExpression;
    }
    if (this._payload !== undefined) {
      hasAnyValues = true;
      internalValueResult.payload = this._payload;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceTimer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cronExpression = undefined;
      this._payload = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cronExpression = value.cronExpression;
      this._payload = value.payload;
    }
  }

  // cron_expression - computed: true, optional: false, required: true
  private _cronExpression?: string; 
  public get cronExpression() {
    return this.getStringAttribute('cron_expression');
  }
  public set cronExpression(value: string) {
    this._cronExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cronExpressionInput() {
    return this._cronExpression;
  }

  // payload - computed: true, optional: true, required: false
  private _payload?: string; 
  public get payload() {
    return this.getStringAttribute('payload');
  }
  public set payload(value: string) {
    this._payload = value;
  }
  public resetPayload() {
    this._payload = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get payloadInput() {
    return this._payload;
  }
}
export interface ServerlessTriggersSourceYdsBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceYdsBatchSettingsToTerraform(struct?: ServerlessTriggersSourceYdsBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceYdsBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceYdsBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceYdsBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceYdsBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceYdsBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceYds {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceYdsBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#consumer ServerlessTriggers#consumer}
  */
  readonly consumer: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#database ServerlessTriggers#database}
  */
  readonly database: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#stream ServerlessTriggers#stream}
  */
  readonly stream: string;
}

export function serverlessTriggersSourceYdsToTerraform(struct?: ServerlessTriggersSourceYds | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceYdsBatchSettingsToTerraform(struct!.batchSettings),
    consumer: cdktf.stringToTerraform(struct!.consumer),
    database: cdktf.stringToTerraform(struct!.database),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
    stream: cdktf.stringToTerraform(struct!.stream),
  }
}


export function serverlessTriggersSourceYdsToHclTerraform(struct?: ServerlessTriggersSourceYds | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceYdsBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceYdsBatchSettings",
    },
    consumer: {
      value: cdktf.stringToHclTerraform(struct!.consumer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    database: {
      value: cdktf.stringToHclTerraform(struct!.database),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    stream: {
      value: cdktf.stringToHclTerraform(struct!.stream),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceYdsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceYds | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._consumer !== undefined) {
      hasAnyValues = true;
      internalValueResult.consumer = this._consumer;
    }
    if (this._database !== undefined) {
      hasAnyValues = true;
      internalValueResult.database = this._database;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    if (this._stream !== undefined) {
      hasAnyValues = true;
      internalValueResult.stream = this._stream;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceYds | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._consumer = undefined;
      this._database = undefined;
      this._serviceAccountId = undefined;
      this._stream = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._consumer = value.consumer;
      this._database = value.database;
      this._serviceAccountId = value.serviceAccountId;
      this._stream = value.stream;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceYdsBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceYdsBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // consumer - computed: true, optional: false, required: true
  private _consumer?: string; 
  public get consumer() {
    return this.getStringAttribute('consumer');
  }
  public set consumer(value: string) {
    this._consumer = value;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerInput() {
    return this._consumer;
  }

  // database - computed: true, optional: false, required: true
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }

  // stream - computed: true, optional: false, required: true
  private _stream?: string; 
  public get stream() {
    return this.getStringAttribute('stream');
  }
  public set stream(value: string) {
    this._stream = value;
  }
  // Temporarily expose input value. Use with caution.
  public get streamInput() {
    return this._stream;
  }
}
export interface ServerlessTriggersSourceYmqBatchSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#cutoff ServerlessTriggers#cutoff}
  */
  readonly cutoff: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_bytes ServerlessTriggers#max_bytes}
  */
  readonly maxBytes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#max_count ServerlessTriggers#max_count}
  */
  readonly maxCount?: number;
}

export function serverlessTriggersSourceYmqBatchSettingsToTerraform(struct?: ServerlessTriggersSourceYmqBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cutoff: cdktf.stringToTerraform(struct!.cutoff),
    max_bytes: cdktf.numberToTerraform(struct!.maxBytes),
    max_count: cdktf.numberToTerraform(struct!.maxCount),
  }
}


export function serverlessTriggersSourceYmqBatchSettingsToHclTerraform(struct?: ServerlessTriggersSourceYmqBatchSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cutoff: {
      value: cdktf.stringToHclTerraform(struct!.cutoff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_bytes: {
      value: cdktf.numberToHclTerraform(struct!.maxBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_count: {
      value: cdktf.numberToHclTerraform(struct!.maxCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceYmqBatchSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceYmqBatchSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cutoff !== undefined) {
      hasAnyValues = true;
      internalValueResult.cutoff = this._cutoff;
    }
    if (this._maxBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxBytes = this._maxBytes;
    }
    if (this._maxCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxCount = this._maxCount;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceYmqBatchSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cutoff = undefined;
      this._maxBytes = undefined;
      this._maxCount = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cutoff = value.cutoff;
      this._maxBytes = value.maxBytes;
      this._maxCount = value.maxCount;
    }
  }

  // cutoff - computed: true, optional: false, required: true
  private _cutoff?: string; 
  public get cutoff() {
    return this.getStringAttribute('cutoff');
  }
  public set cutoff(value: string) {
    this._cutoff = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cutoffInput() {
    return this._cutoff;
  }

  // max_bytes - computed: true, optional: true, required: false
  private _maxBytes?: number; 
  public get maxBytes() {
    return this.getNumberAttribute('max_bytes');
  }
  public set maxBytes(value: number) {
    this._maxBytes = value;
  }
  public resetMaxBytes() {
    this._maxBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBytesInput() {
    return this._maxBytes;
  }

  // max_count - computed: true, optional: true, required: false
  private _maxCount?: number; 
  public get maxCount() {
    return this.getNumberAttribute('max_count');
  }
  public set maxCount(value: number) {
    this._maxCount = value;
  }
  public resetMaxCount() {
    this._maxCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxCountInput() {
    return this._maxCount;
  }
}
export interface ServerlessTriggersSourceYmq {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#batch_settings ServerlessTriggers#batch_settings}
  */
  readonly batchSettings?: ServerlessTriggersSourceYmqBatchSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#queue_arn ServerlessTriggers#queue_arn}
  */
  readonly queueArn: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#service_account_id ServerlessTriggers#service_account_id}
  */
  readonly serviceAccountId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#visibility_timeout ServerlessTriggers#visibility_timeout}
  */
  readonly visibilityTimeout?: string;
}

export function serverlessTriggersSourceYmqToTerraform(struct?: ServerlessTriggersSourceYmq | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    batch_settings: serverlessTriggersSourceYmqBatchSettingsToTerraform(struct!.batchSettings),
    queue_arn: cdktf.stringToTerraform(struct!.queueArn),
    service_account_id: cdktf.stringToTerraform(struct!.serviceAccountId),
    visibility_timeout: cdktf.stringToTerraform(struct!.visibilityTimeout),
  }
}


export function serverlessTriggersSourceYmqToHclTerraform(struct?: ServerlessTriggersSourceYmq | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    batch_settings: {
      value: serverlessTriggersSourceYmqBatchSettingsToHclTerraform(struct!.batchSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceYmqBatchSettings",
    },
    queue_arn: {
      value: cdktf.stringToHclTerraform(struct!.queueArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    visibility_timeout: {
      value: cdktf.stringToHclTerraform(struct!.visibilityTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceYmqOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSourceYmq | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._batchSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.batchSettings = this._batchSettings?.internalValue;
    }
    if (this._queueArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.queueArn = this._queueArn;
    }
    if (this._serviceAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountId = this._serviceAccountId;
    }
    if (this._visibilityTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.visibilityTimeout = this._visibilityTimeout;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSourceYmq | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = undefined;
      this._queueArn = undefined;
      this._serviceAccountId = undefined;
      this._visibilityTimeout = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._batchSettings.internalValue = value.batchSettings;
      this._queueArn = value.queueArn;
      this._serviceAccountId = value.serviceAccountId;
      this._visibilityTimeout = value.visibilityTimeout;
    }
  }

  // batch_settings - computed: true, optional: true, required: false
  private _batchSettings = new ServerlessTriggersSourceYmqBatchSettingsOutputReference(this, "batch_settings");
  public get batchSettings() {
    return this._batchSettings;
  }
  public putBatchSettings(value: ServerlessTriggersSourceYmqBatchSettings) {
    this._batchSettings.internalValue = value;
  }
  public resetBatchSettings() {
    this._batchSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSettingsInput() {
    return this._batchSettings.internalValue;
  }

  // queue_arn - computed: true, optional: false, required: true
  private _queueArn?: string; 
  public get queueArn() {
    return this.getStringAttribute('queue_arn');
  }
  public set queueArn(value: string) {
    this._queueArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get queueArnInput() {
    return this._queueArn;
  }

  // service_account_id - computed: true, optional: true, required: false
  private _serviceAccountId?: string; 
  public get serviceAccountId() {
    return this.getStringAttribute('service_account_id');
  }
  public set serviceAccountId(value: string) {
    this._serviceAccountId = value;
  }
  public resetServiceAccountId() {
    this._serviceAccountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountIdInput() {
    return this._serviceAccountId;
  }

  // visibility_timeout - computed: true, optional: true, required: false
  private _visibilityTimeout?: string; 
  public get visibilityTimeout() {
    return this.getStringAttribute('visibility_timeout');
  }
  public set visibilityTimeout(value: string) {
    this._visibilityTimeout = value;
  }
  public resetVisibilityTimeout() {
    this._visibilityTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get visibilityTimeoutInput() {
    return this._visibilityTimeout;
  }
}
export interface ServerlessTriggersSource {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#billing_budget ServerlessTriggers#billing_budget}
  */
  readonly billingBudget?: ServerlessTriggersSourceBillingBudget;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#container_registry ServerlessTriggers#container_registry}
  */
  readonly containerRegistry?: ServerlessTriggersSourceContainerRegistry;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#iot_broker_message ServerlessTriggers#iot_broker_message}
  */
  readonly iotBrokerMessage?: ServerlessTriggersSourceIotBrokerMessage;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#iot_message ServerlessTriggers#iot_message}
  */
  readonly iotMessage?: ServerlessTriggersSourceIotMessage;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#logging ServerlessTriggers#logging}
  */
  readonly logging?: ServerlessTriggersSourceLogging;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#mail ServerlessTriggers#mail}
  */
  readonly mail?: ServerlessTriggersSourceMail;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#object_storage ServerlessTriggers#object_storage}
  */
  readonly objectStorage?: ServerlessTriggersSourceObjectStorage;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#telegram_message ServerlessTriggers#telegram_message}
  */
  readonly telegramMessage?: ServerlessTriggersSourceTelegramMessage;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#timer ServerlessTriggers#timer}
  */
  readonly timer?: ServerlessTriggersSourceTimer;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#yds ServerlessTriggers#yds}
  */
  readonly yds?: ServerlessTriggersSourceYds;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#ymq ServerlessTriggers#ymq}
  */
  readonly ymq?: ServerlessTriggersSourceYmq;
}

export function serverlessTriggersSourceToTerraform(struct?: ServerlessTriggersSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    billing_budget: serverlessTriggersSourceBillingBudgetToTerraform(struct!.billingBudget),
    container_registry: serverlessTriggersSourceContainerRegistryToTerraform(struct!.containerRegistry),
    iot_broker_message: serverlessTriggersSourceIotBrokerMessageToTerraform(struct!.iotBrokerMessage),
    iot_message: serverlessTriggersSourceIotMessageToTerraform(struct!.iotMessage),
    logging: serverlessTriggersSourceLoggingToTerraform(struct!.logging),
    mail: serverlessTriggersSourceMailToTerraform(struct!.mail),
    object_storage: serverlessTriggersSourceObjectStorageToTerraform(struct!.objectStorage),
    telegram_message: serverlessTriggersSourceTelegramMessageToTerraform(struct!.telegramMessage),
    timer: serverlessTriggersSourceTimerToTerraform(struct!.timer),
    yds: serverlessTriggersSourceYdsToTerraform(struct!.yds),
    ymq: serverlessTriggersSourceYmqToTerraform(struct!.ymq),
  }
}


export function serverlessTriggersSourceToHclTerraform(struct?: ServerlessTriggersSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    billing_budget: {
      value: serverlessTriggersSourceBillingBudgetToHclTerraform(struct!.billingBudget),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceBillingBudget",
    },
    container_registry: {
      value: serverlessTriggersSourceContainerRegistryToHclTerraform(struct!.containerRegistry),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceContainerRegistry",
    },
    iot_broker_message: {
      value: serverlessTriggersSourceIotBrokerMessageToHclTerraform(struct!.iotBrokerMessage),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceIotBrokerMessage",
    },
    iot_message: {
      value: serverlessTriggersSourceIotMessageToHclTerraform(struct!.iotMessage),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceIotMessage",
    },
    logging: {
      value: serverlessTriggersSourceLoggingToHclTerraform(struct!.logging),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceLogging",
    },
    mail: {
      value: serverlessTriggersSourceMailToHclTerraform(struct!.mail),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceMail",
    },
    object_storage: {
      value: serverlessTriggersSourceObjectStorageToHclTerraform(struct!.objectStorage),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceObjectStorage",
    },
    telegram_message: {
      value: serverlessTriggersSourceTelegramMessageToHclTerraform(struct!.telegramMessage),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceTelegramMessage",
    },
    timer: {
      value: serverlessTriggersSourceTimerToHclTerraform(struct!.timer),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceTimer",
    },
    yds: {
      value: serverlessTriggersSourceYdsToHclTerraform(struct!.yds),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceYds",
    },
    ymq: {
      value: serverlessTriggersSourceYmqToHclTerraform(struct!.ymq),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessTriggersSourceYmq",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersSourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersSource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._billingBudget?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.billingBudget = this._billingBudget?.internalValue;
    }
    if (this._containerRegistry?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerRegistry = this._containerRegistry?.internalValue;
    }
    if (this._iotBrokerMessage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.iotBrokerMessage = this._iotBrokerMessage?.internalValue;
    }
    if (this._iotMessage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.iotMessage = this._iotMessage?.internalValue;
    }
    if (this._logging?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.logging = this._logging?.internalValue;
    }
    if (this._mail?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.mail = this._mail?.internalValue;
    }
    if (this._objectStorage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.objectStorage = this._objectStorage?.internalValue;
    }
    if (this._telegramMessage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.telegramMessage = this._telegramMessage?.internalValue;
    }
    if (this._timer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.timer = this._timer?.internalValue;
    }
    if (this._yds?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.yds = this._yds?.internalValue;
    }
    if (this._ymq?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ymq = this._ymq?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersSource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._billingBudget.internalValue = undefined;
      this._containerRegistry.internalValue = undefined;
      this._iotBrokerMessage.internalValue = undefined;
      this._iotMessage.internalValue = undefined;
      this._logging.internalValue = undefined;
      this._mail.internalValue = undefined;
      this._objectStorage.internalValue = undefined;
      this._telegramMessage.internalValue = undefined;
      this._timer.internalValue = undefined;
      this._yds.internalValue = undefined;
      this._ymq.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._billingBudget.internalValue = value.billingBudget;
      this._containerRegistry.internalValue = value.containerRegistry;
      this._iotBrokerMessage.internalValue = value.iotBrokerMessage;
      this._iotMessage.internalValue = value.iotMessage;
      this._logging.internalValue = value.logging;
      this._mail.internalValue = value.mail;
      this._objectStorage.internalValue = value.objectStorage;
      this._telegramMessage.internalValue = value.telegramMessage;
      this._timer.internalValue = value.timer;
      this._yds.internalValue = value.yds;
      this._ymq.internalValue = value.ymq;
    }
  }

  // billing_budget - computed: true, optional: true, required: false
  private _billingBudget = new ServerlessTriggersSourceBillingBudgetOutputReference(this, "billing_budget");
  public get billingBudget() {
    return this._billingBudget;
  }
  public putBillingBudget(value: ServerlessTriggersSourceBillingBudget) {
    this._billingBudget.internalValue = value;
  }
  public resetBillingBudget() {
    this._billingBudget.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get billingBudgetInput() {
    return this._billingBudget.internalValue;
  }

  // container_registry - computed: true, optional: true, required: false
  private _containerRegistry = new ServerlessTriggersSourceContainerRegistryOutputReference(this, "container_registry");
  public get containerRegistry() {
    return this._containerRegistry;
  }
  public putContainerRegistry(value: ServerlessTriggersSourceContainerRegistry) {
    this._containerRegistry.internalValue = value;
  }
  public resetContainerRegistry() {
    this._containerRegistry.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerRegistryInput() {
    return this._containerRegistry.internalValue;
  }

  // iot_broker_message - computed: true, optional: true, required: false
  private _iotBrokerMessage = new ServerlessTriggersSourceIotBrokerMessageOutputReference(this, "iot_broker_message");
  public get iotBrokerMessage() {
    return this._iotBrokerMessage;
  }
  public putIotBrokerMessage(value: ServerlessTriggersSourceIotBrokerMessage) {
    this._iotBrokerMessage.internalValue = value;
  }
  public resetIotBrokerMessage() {
    this._iotBrokerMessage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iotBrokerMessageInput() {
    return this._iotBrokerMessage.internalValue;
  }

  // iot_message - computed: true, optional: true, required: false
  private _iotMessage = new ServerlessTriggersSourceIotMessageOutputReference(this, "iot_message");
  public get iotMessage() {
    return this._iotMessage;
  }
  public putIotMessage(value: ServerlessTriggersSourceIotMessage) {
    this._iotMessage.internalValue = value;
  }
  public resetIotMessage() {
    this._iotMessage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iotMessageInput() {
    return this._iotMessage.internalValue;
  }

  // logging - computed: true, optional: true, required: false
  private _logging = new ServerlessTriggersSourceLoggingOutputReference(this, "logging");
  public get logging() {
    return this._logging;
  }
  public putLogging(value: ServerlessTriggersSourceLogging) {
    this._logging.internalValue = value;
  }
  public resetLogging() {
    this._logging.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get loggingInput() {
    return this._logging.internalValue;
  }

  // mail - computed: true, optional: true, required: false
  private _mail = new ServerlessTriggersSourceMailOutputReference(this, "mail");
  public get mail() {
    return this._mail;
  }
  public putMail(value: ServerlessTriggersSourceMail) {
    this._mail.internalValue = value;
  }
  public resetMail() {
    this._mail.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mailInput() {
    return this._mail.internalValue;
  }

  // object_storage - computed: true, optional: true, required: false
  private _objectStorage = new ServerlessTriggersSourceObjectStorageOutputReference(this, "object_storage");
  public get objectStorage() {
    return this._objectStorage;
  }
  public putObjectStorage(value: ServerlessTriggersSourceObjectStorage) {
    this._objectStorage.internalValue = value;
  }
  public resetObjectStorage() {
    this._objectStorage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectStorageInput() {
    return this._objectStorage.internalValue;
  }

  // telegram_message - computed: true, optional: true, required: false
  private _telegramMessage = new ServerlessTriggersSourceTelegramMessageOutputReference(this, "telegram_message");
  public get telegramMessage() {
    return this._telegramMessage;
  }
  public putTelegramMessage(value: ServerlessTriggersSourceTelegramMessage) {
    this._telegramMessage.internalValue = value;
  }
  public resetTelegramMessage() {
    this._telegramMessage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get telegramMessageInput() {
    return this._telegramMessage.internalValue;
  }

  // timer - computed: true, optional: true, required: false
  private _timer = new ServerlessTriggersSourceTimerOutputReference(this, "timer");
  public get timer() {
    return this._timer;
  }
  public putTimer(value: ServerlessTriggersSourceTimer) {
    this._timer.internalValue = value;
  }
  public resetTimer() {
    this._timer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timerInput() {
    return this._timer.internalValue;
  }

  // yds - computed: true, optional: true, required: false
  private _yds = new ServerlessTriggersSourceYdsOutputReference(this, "yds");
  public get yds() {
    return this._yds;
  }
  public putYds(value: ServerlessTriggersSourceYds) {
    this._yds.internalValue = value;
  }
  public resetYds() {
    this._yds.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ydsInput() {
    return this._yds.internalValue;
  }

  // ymq - computed: true, optional: true, required: false
  private _ymq = new ServerlessTriggersSourceYmqOutputReference(this, "ymq");
  public get ymq() {
    return this._ymq;
  }
  public putYmq(value: ServerlessTriggersSourceYmq) {
    this._ymq.internalValue = value;
  }
  public resetYmq() {
    this._ymq.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ymqInput() {
    return this._ymq.internalValue;
  }
}
export interface ServerlessTriggersTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#create ServerlessTriggers#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#delete ServerlessTriggers#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#read ServerlessTriggers#read}
  */
  readonly read?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#update ServerlessTriggers#update}
  */
  readonly update?: string;
}

export function serverlessTriggersTimeoutsToTerraform(struct?: ServerlessTriggersTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function serverlessTriggersTimeoutsToHclTerraform(struct?: ServerlessTriggersTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessTriggersTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessTriggersTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessTriggersTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers yandex_serverless_triggers}
*/
export class ServerlessTriggers extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "yandex_serverless_triggers";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServerlessTriggers resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServerlessTriggers to import
  * @param importFromId The id of the existing ServerlessTriggers that should be imported. Refer to the {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServerlessTriggers to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "yandex_serverless_triggers", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/yandex-cloud/yandex/0.222.0/docs/resources/serverless_triggers yandex_serverless_triggers} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServerlessTriggersConfig
  */
  public constructor(scope: Construct, id: string, config: ServerlessTriggersConfig) {
    super(scope, id, {
      terraformResourceType: 'yandex_serverless_triggers',
      terraformGeneratorMetadata: {
        providerName: 'yandex',
        providerVersion: '0.222.0',
        providerVersionConstraint: '0.222.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._action.internalValue = config.action;
    this._description = config.description;
    this._folderId = config.folderId;
    this._id = config.id;
    this._labels = config.labels;
    this._name = config.name;
    this._source.internalValue = config.source;
    this._timeouts.internalValue = config.timeouts;
    this._triggerId = config.triggerId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // action - computed: true, optional: true, required: false
  private _action = new ServerlessTriggersActionList(this, "action", false);
  public get action() {
    return this._action;
  }
  public putAction(value: ServerlessTriggersAction[] | cdktf.IResolvable) {
    this._action.internalValue = value;
  }
  public resetAction() {
    this._action.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action.internalValue;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // folder_id - computed: true, optional: true, required: false
  private _folderId?: string; 
  public get folderId() {
    return this.getStringAttribute('folder_id');
  }
  public set folderId(value: string) {
    this._folderId = value;
  }
  public resetFolderId() {
    this._folderId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get folderIdInput() {
    return this._folderId;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // labels - computed: true, optional: true, required: false
  private _labels?: { [key: string]: string }; 
  public get labels() {
    return this.getStringMapAttribute('labels');
  }
  public set labels(value: { [key: string]: string }) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // source - computed: false, optional: false, required: true
  private _source = new ServerlessTriggersSourceOutputReference(this, "source");
  public get source() {
    return this._source;
  }
  public putSource(value: ServerlessTriggersSource) {
    this._source.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source.internalValue;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ServerlessTriggersTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ServerlessTriggersTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // trigger_id - computed: true, optional: true, required: false
  private _triggerId?: string; 
  public get triggerId() {
    return this.getStringAttribute('trigger_id');
  }
  public set triggerId(value: string) {
    this._triggerId = value;
  }
  public resetTriggerId() {
    this._triggerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerIdInput() {
    return this._triggerId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      action: cdktf.listMapper(serverlessTriggersActionToTerraform, false)(this._action.internalValue),
      description: cdktf.stringToTerraform(this._description),
      folder_id: cdktf.stringToTerraform(this._folderId),
      id: cdktf.stringToTerraform(this._id),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      source: serverlessTriggersSourceToTerraform(this._source.internalValue),
      timeouts: serverlessTriggersTimeoutsToTerraform(this._timeouts.internalValue),
      trigger_id: cdktf.stringToTerraform(this._triggerId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      action: {
        value: cdktf.listMapperHcl(serverlessTriggersActionToHclTerraform, false)(this._action.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ServerlessTriggersActionList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
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
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      labels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source: {
        value: serverlessTriggersSourceToHclTerraform(this._source.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessTriggersSource",
      },
      timeouts: {
        value: serverlessTriggersTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessTriggersTimeouts",
      },
      trigger_id: {
        value: cdktf.stringToHclTerraform(this._triggerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
