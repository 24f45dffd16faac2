<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>TrainingTab</name>
    <message>
      <source>Training</source>
      <translation>训练</translation>
    </message>
    <message>
      <source>Chapters 5–8: backpropagation, training techniques, CNNs, deep networks</source>
      <translation>第 5–8 章：误差反向传播法、与学习相关的技巧、卷积神经网络、深度学习</translation>
    </message>
    <message>
      <source>Evaluating {0} on the test set…</source>
      <translation>正在用测试数据评估 {0}…</translation>
    </message>
    <message>
      <source>Evaluate a bundled model</source>
      <translation>评估自带的模型</translation>
    </message>
    <message>
      <source>Could not open the bundled model {0}:
{1}</source>
      <translation>无法打开自带的模型 {0}：
{1}</translation>
    </message>
    <message>
      <source>{0} (bundled)</source>
      <translation>{0}（自带）</translation>
    </message>
    <message>
      <source>it does not give 10 scores, one for each digit 0–9.</source>
      <translation>它不输出 10 个分数（每个数字 0–9 一个）。</translation>
    </message>
    <message>
      <source>it does not take 28×28 grey images, the size of the MNIST digits (it was made for other images, e.g. in colour or of another size).</source>
      <translation>它不接受 28×28 的灰度图像（MNIST 数字的大小），而是为其他图像（例如彩色或其他尺寸）设计的。</translation>
    </message>
    <message>
      <source>Open model</source>
      <translation>打开模型</translation>
    </message>
    <message>
      <source>{0} cannot be used in the Training tab: {1}
The current model is kept.</source>
      <translation>{0} 不能用于“训练”页：{1}
当前模型保持不变。</translation>
    </message>
    <message>
      <source>Training is running — stop it and quit?</source>
      <translation>正在训练——要停止训练并退出吗？</translation>
    </message>
    <message>
      <source>The trained model is not saved (File ▸ Save model) — quit anyway?</source>
      <translation>训练好的模型还没有保存（文件 ▸ 保存模型）——仍要退出吗？</translation>
    </message>
    <message>
      <source>{0:,} parameters to learn</source>
      <translation>要学习的参数共 {0:,} 个</translation>
    </message>
    <message>
      <source>previous run: {0}</source>
      <translation>上一次训练：{0}</translation>
    </message>
    <message>
      <source>Start is disabled: {0}</source>
      <translation>无法开始训练：{0}</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>The last run did not finish, so there is no network from it. Train again, or open a model file.</source>
      <translation>上一次训练没有完成，因此没有得到网络。请重新训练，或打开模型文件。</translation>
    </message>
    <message>
      <source>{0}, trained here</source>
      <translation>{0}（在此训练）</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}：{1}</translation>
    </message>
    <message>
      <source>Loading MNIST…</source>
      <translation>正在读入 MNIST 数据集…</translation>
    </message>
    <message>
      <source>Measuring the untrained network's accuracy (epoch 0)…</source>
      <translation>正在测量未训练网络的识别精度（第 0 个 epoch）…</translation>
    </message>
    <message>
      <source>Epoch {0} of {1} · iteration {2} of {3} · estimating the time left…</source>
      <translation>第 {0}/{1} 个 epoch · 第 {2}/{3} 次迭代 · 正在估算剩余时间…</translation>
    </message>
    <message>
      <source>Epoch {0} of {1} · {2:.1f} iterations/s · about {3} left</source>
      <translation>第 {0}/{1} 个 epoch · 每秒 {2:.1f} 次迭代 · 约剩 {3}</translation>
    </message>
    <message>
      <source>Paused.</source>
      <translation>已暂停。</translation>
    </message>
    <message>
      <source>Paused at iteration {0} of {1}.</source>
      <translation>已暂停于第 {0}/{1} 次迭代。</translation>
    </message>
    <message>
      <source>Testing the network on {0:,} of {1:,} test images…</source>
      <translation>正在用测试图像检验网络：{0:,}/{1:,}…</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>完成。</translation>
    </message>
    <message>
      <source>Done: {0:.2%} of the {1:,} test images recognised.</source>
      <translation>完成：{1:,} 张测试图像的识别精度为 {0:.2%}。</translation>
    </message>
    <message>
      <source>Stopped at iteration {0}; the network trained so far recognises {1:.2%} of the test images.</source>
      <translation>已在第 {0} 次迭代停止；目前训练出的网络对测试图像的识别精度为 {1:.2%}。</translation>
    </message>
    <message>
      <source>Stopped at iteration {0}.</source>
      <translation>已在第 {0} 次迭代停止。</translation>
    </message>
    <message>
      <source>{0}: {1:.2%} of the {2:,} test images recognised.</source>
      <translation>{0}：{2:,} 张测试图像的识别精度为 {1:.2%}。</translation>
    </message>
    <message>
      <source>Training stopped: it diverged.</source>
      <translation>训练已停止：发散了。</translation>
    </message>
    <message>
      <source>Stopped by an error.</source>
      <translation>因出错而停止。</translation>
    </message>
    <message>
      <source>Training diverged at iteration {0}: the loss shot up to {1} instead of falling, so training was stopped. The learning rate {2:g} is too large: try a smaller one, such as {3:g}.</source>
      <translation>训练在第 {0} 次迭代发散：损失函数的值没有下降，反而飙升到 {1}，因此训练已停止。学习率 {2:g} 太大了：请试试更小的值，例如 {3:g}。</translation>
    </message>
    <message>
      <source>The MNIST data could not be loaded: {0}</source>
      <translation>无法读入 MNIST 数据：{0}</translation>
    </message>
    <message>
      <source>Training stopped because of an error: {0}</source>
      <translation>训练因出错而停止：{0}</translation>
    </message>
    <message>
      <source>Build a network, then train it on the MNIST handwritten digits. The loss falls as the weights learn; after each epoch the accuracy on training and test images is measured. When the two lines part, the network is overfitting: try 300 training images, then weight decay or dropout.</source>
      <translation>搭建一个神经网络，然后用 MNIST 手写数字训练它。随着权重的学习，损失函数的值不断下降；每个 epoch 结束时测量训练图像和测试图像的识别精度。两条曲线分开时，网络就发生了过拟合：试试只用 300 张训练图像，再加上权值衰减或 Dropout。</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始训练</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Use in the drawing pad</source>
      <translation>在手写板中使用</translation>
    </message>
    <message>
      <source>Test accuracy, confusion matrix and misclassified digits (the book's figure 8-3) of a network that comes with nnviz, without training it again</source>
      <translation>不必重新训练，直接查看 nnviz 自带网络的测试准确率、混淆矩阵和识别错误的数字（书中图 8-3）</translation>
    </message>
    <message>
      <source>SimpleConvNet (chapter 7)</source>
      <translation>SimpleConvNet（第 7 章）</translation>
    </message>
    <message>
      <source>DeepConvNet (chapter 8)</source>
      <translation>DeepConvNet（第 8 章）</translation>
    </message>
    <message>
      <source>The drawing pad recognises your digits with the network trained here.</source>
      <translation>手写板将用在此训练的网络识别你写的数字。</translation>
    </message>
  </context>
</TS>