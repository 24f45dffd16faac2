<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AccuracyPage</name>
    <message>
      <source>Why learn from the loss and not from the accuracy (Chapter 4.2.5)? Here simpleNet sorts 36 points into 3 classes. Move one of its weights with the slider and compare the two curves.</source>
      <translation>为什么根据损失函数而不是识别精度来学习（第 4.2.5 节）？这里 simpleNet 把 36 个点分成 3 类。用滑块移动它的一个权重，比较两条曲线。</translation>
    </message>
    <message>
      <source>One weight of simpleNet</source>
      <translation>simpleNet 的一个权重</translation>
    </message>
    <message>
      <source>Weight:</source>
      <translation>权重：</translation>
    </message>
    <message>
      <source>Loss:</source>
      <translation>损失：</translation>
    </message>
    <message>
      <source>Accuracy:</source>
      <translation>识别精度：</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>损失</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>识别精度</translation>
    </message>
    <message>
      <source>&lt;p&gt;The loss changes with every small move of the weight, so its derivative tells which way to go. The accuracy counts right answers: it stays flat and then jumps by 1/36 when a point changes class. On the flat parts its derivative is 0 and gradient descent would not know where to go, just as with the step function (Chapter 3) — that is why sigmoid, not the step, and the loss, not the accuracy.&lt;/p&gt;</source>
      <translation>&lt;p&gt;权重稍有变化，损失就跟着变化，所以它的导数能指出该往哪个方向走。识别精度数的是答对的个数：它先保持不变，某个点换了类别时才跳变 1/36。在平坦的部分导数为 0，梯度法就不知道该往哪里走，这和阶跃函数（第 3 章）一样——所以用 sigmoid 而不用阶跃函数，用损失函数而不用识别精度。&lt;/p&gt;</translation>
    </message>
  </context>
</TS>